package org.steward.sensor.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.apache.derby.vti.VTITemplate;

/**
 * The Derby table function behind {@link PackedReadings}: unpacks one batch of readings, packed into a BLOB, as rows
 * (SENSOR_ID, PARAMETER, TS, READING_VALUE, QUALITY). Derby loads this class by name (its bundle imports packages
 * dynamically), inside the node's JVM when the database is embedded and inside the Derby network server's JVM
 * otherwise; no other Steward class may load it, since its superclass comes from Derby's engine, an optional import.
 */
public final class PackedReadingRows extends VTITemplate {
    private final ByteBuffer in;
    private int left;
    private String sensor;
    private String parameter;
    private Timestamp time;
    private double value;
    private short quality;

    PackedReadingRows(byte[] packed) throws SQLException {
        in = ByteBuffer.wrap(packed);
        if (packed.length < 4) {
            throw new SQLException("a packed batch of readings needs at least its 4-byte row count; it has " + packed.length + " bytes");
        }
        left = in.getInt();
    }

    /** The table function's entry point, named in {@link PackedReadings#CREATE_FUNCTION}. */
    public static ResultSet rows(Blob packed) throws SQLException {
        if (packed == null) {
            throw new SQLException("a packed batch of readings is NULL; the writer sends at least the 4-byte row count");
        }
        long length = packed.length();
        // Blob.getBytes refuses a zero length at position 1 with a message about the position: say what is wrong.
        return new PackedReadingRows(length == 0 ? new byte[0] : packed.getBytes(1, (int) Math.min(length, Integer.MAX_VALUE)));
    }

    @Override
    public boolean next() throws SQLException {
        if (left == 0) {
            return false;
        }
        try {
            sensor = string();
            parameter = string();
            // The wall-clock time the writer's JVM would have sent in a multi-row INSERT, so that both paths store
            // the same TIMESTAMP whatever the time zones of the node and of a network server.
            time = Timestamp.valueOf(LocalDateTime.ofEpochSecond(in.getLong(), in.getInt(), ZoneOffset.UTC));
            value = in.getDouble();
            quality = in.getShort();
        } catch (RuntimeException e) { // BufferUnderflowException, bad nanos: the packer and this class disagree
            throw new SQLException("a packed batch of readings is cut short or malformed at byte " + in.position()
                    + " with " + left + " rows to go: " + e, e);
        }
        left--;
        return true;
    }

    private String string() {
        int length = in.getShort() & 0xFFFF;
        String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }

    @Override
    public String getString(int column) {
        return column == 1 ? sensor : parameter;
    }

    @Override
    public Timestamp getTimestamp(int column) {
        return time;
    }

    @Override
    public double getDouble(int column) {
        return value;
    }

    @Override
    public short getShort(int column) {
        return quality;
    }

    @Override
    public int getInt(int column) {
        return quality;
    }

    @Override
    public boolean wasNull() {
        return false; // every column of a reading is NOT NULL
    }

    @Override
    public ResultSetMetaData getMetaData() {
        return null; // Derby takes the columns from the function's declaration
    }

    @Override
    public void close() {
        left = 0;
    }
}

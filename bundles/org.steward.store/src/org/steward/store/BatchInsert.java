package org.steward.store;

/** A batched insert in progress; {@link #close()} sends and commits what is left. */
public interface BatchInsert extends AutoCloseable {

    /** Adds one row; the values bind to the statement's parameters in order. */
    void add(Object... values) throws StoreException;

    /** Sends and commits the rows added so far. */
    void flush() throws StoreException;

    /** Rows committed so far. */
    long committedRows();

    @Override
    void close() throws StoreException;
}

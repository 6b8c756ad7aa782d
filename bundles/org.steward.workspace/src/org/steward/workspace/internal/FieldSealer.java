package org.steward.workspace.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.steward.workspace.FieldValue;
import org.steward.workspace.Record;
import org.steward.workspace.WorkspaceException;
import org.steward.workspace.crypto.FieldCipher;
import org.steward.workspace.crypto.LockedValueException;

/**
 * Turns a record into its stored form (sensitive fields encrypted) and back (decrypted, or locked without a usable
 * key). An unchanged value keeps its previous cipher text, so saving does not rewrite lines nobody edited.
 */
public final class FieldSealer {
    private final Function<String, Set<String>> sensitiveByType;
    private final Optional<FieldCipher> cipher;
    private final String keyDescription;

    public FieldSealer(Function<String, Set<String>> sensitiveByType, Optional<FieldCipher> cipher, String keyDescription) {
        this.sensitiveByType = sensitiveByType;
        this.cipher = cipher;
        this.keyDescription = keyDescription;
    }

    public Set<String> sensitive(String type) {
        return sensitiveByType.apply(type);
    }

    /**
     * The stored form of {@code record}.
     *
     * @param previous the stored form currently in the file, if any (its cipher texts are reused for unchanged values)
     * @throws WorkspaceException when a new sensitive value must be encrypted and there is no key
     */
    public Record seal(Record record, Optional<Record> previous) throws WorkspaceException {
        Set<String> sensitive = sensitive(record.type());
        Map<String, FieldValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, FieldValue> e : record.fields().entrySet()) {
            String name = e.getKey();
            FieldValue v = e.getValue();
            if (v instanceof FieldValue.Locked l) {
                out.put(name, l.stored());
            } else if (sensitive.contains(name)) {
                Optional<FieldValue> old = previous.flatMap(p -> p.field(name));
                out.put(name, sealValue(record, name, v, old));
            } else {
                out.put(name, v);
            }
        }
        return new Record(record.key(), out, record.body());
    }

    private FieldValue sealValue(Record record, String name, FieldValue v, Optional<FieldValue> old) throws WorkspaceException {
        return switch (v) {
            case FieldValue.Text t -> new FieldValue.Text(sealText(record, name, t.value(), old.filter(FieldValue.Text.class::isInstance)
                    .map(o -> ((FieldValue.Text) o).value())));
            case FieldValue.TextList l -> {
                List<String> oldItems = old.filter(FieldValue.TextList.class::isInstance).map(o -> ((FieldValue.TextList) o).values())
                        .orElse(List.of());
                List<String> items = new ArrayList<>();
                for (int i = 0; i < l.values().size(); i++) {
                    items.add(sealText(record, name, l.values().get(i), i < oldItems.size() ? Optional.of(oldItems.get(i)) : Optional.empty()));
                }
                yield new FieldValue.TextList(items);
            }
            case FieldValue.TextMap m -> {
                Map<String, String> oldEntries = old.filter(FieldValue.TextMap.class::isInstance)
                        .map(o -> ((FieldValue.TextMap) o).entries()).orElse(Map.of());
                Map<String, String> entries = new LinkedHashMap<>();
                for (Map.Entry<String, String> me : m.entries().entrySet()) {
                    entries.put(me.getKey(), sealText(record, name, me.getValue(), Optional.ofNullable(oldEntries.get(me.getKey()))));
                }
                yield new FieldValue.TextMap(entries);
            }
            case FieldValue.Locked l -> l.stored();
        };
    }

    private String sealText(Record record, String name, String plain, Optional<String> oldStored) throws WorkspaceException {
        if (FieldCipher.isCipherText(plain)) {
            return plain; // already sealed (e.g. copied from a conflict version): never encrypt twice
        }
        if (cipher.isEmpty()) {
            throw new WorkspaceException(Messages.get("ws.noKeyForSave", name, record.path(), keyDescription));
        }
        FieldCipher c = cipher.get();
        if (oldStored.isPresent() && FieldCipher.isCipherText(oldStored.get())) {
            try {
                if (c.decrypt(name, oldStored.get()).equals(plain)) {
                    return oldStored.get();
                }
            } catch (LockedValueException e) {
                // the old value was sealed with another key: encrypt afresh
            }
        }
        return c.encrypt(name, plain);
    }

    /** The readable form of a stored record: sensitive values decrypted, or locked. */
    public Record open(Record stored) {
        Set<String> sensitive = sensitive(stored.type());
        Map<String, FieldValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, FieldValue> e : stored.fields().entrySet()) {
            String name = e.getKey();
            FieldValue v = e.getValue();
            out.put(name, sensitive.contains(name) ? openValue(name, v) : v);
        }
        return new Record(stored.key(), out, stored.body());
    }

    private FieldValue openValue(String name, FieldValue v) {
        try {
            return switch (v) {
                case FieldValue.Text t -> new FieldValue.Text(openText(name, t.value()));
                case FieldValue.TextList l -> {
                    List<String> items = new ArrayList<>();
                    for (String s : l.values()) {
                        items.add(openText(name, s));
                    }
                    yield new FieldValue.TextList(items);
                }
                case FieldValue.TextMap m -> {
                    Map<String, String> entries = new LinkedHashMap<>();
                    for (Map.Entry<String, String> me : m.entries().entrySet()) {
                        entries.put(me.getKey(), openText(name, me.getValue()));
                    }
                    yield new FieldValue.TextMap(entries);
                }
                case FieldValue.Locked l -> l;
            };
        } catch (NoKey e) {
            return new FieldValue.Locked(v, FieldValue.LockReason.NO_KEY);
        } catch (LockedValueException e) {
            return new FieldValue.Locked(v, FieldValue.LockReason.WRONG_KEY);
        }
    }

    private String openText(String name, String stored) throws LockedValueException, NoKey {
        if (!FieldCipher.isCipherText(stored)) {
            return stored; // plain text written by hand or imported: shown, and encrypted at the next save
        }
        if (cipher.isEmpty()) {
            throw new NoKey();
        }
        return cipher.get().decrypt(name, stored);
    }

    private static final class NoKey extends Exception {
        private static final long serialVersionUID = 1L;

        NoKey() {
            super(null, null, false, false);
        }
    }
}

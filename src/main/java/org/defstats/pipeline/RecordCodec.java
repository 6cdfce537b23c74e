package org.defstats.pipeline;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads the row records that line rules stage, component by component: whole numbers, booleans,
 * strings, enums, months and nested records, each nullable where its type is. Built once per row class; it
 * refuses, when built, a record with a component of another type, and reads back only what it wrote (no class
 * names are read, so a stage file can never make it load a class).
 */
final class RecordCodec<R extends Record> {

    private interface Field {
        void write(DataOutput out, Object value) throws IOException;

        Object read(DataInput in) throws IOException;
    }

    private final List<MethodHandle> accessors = new ArrayList<>();
    private final List<Field> fields = new ArrayList<>();
    private final MethodHandle constructor;

    RecordCodec(Class<R> type) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                accessors.add(lookup.unreflect(components[i].getAccessor()));
                fields.add(field(type, components[i].getName(), types[i]));
            }
            constructor = lookup.findConstructor(type, java.lang.invoke.MethodType.methodType(void.class, types));
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(type.getName() + " cannot be staged: " + e.getMessage(), e);
        }
    }

    void write(DataOutput out, R row) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            fields.get(i).write(out, get(accessors.get(i), row));
        }
    }

    @SuppressWarnings("unchecked")
    R read(DataInput in) throws IOException {
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = fields.get(i).read(in);
        }
        try {
            return (R) constructor.invokeWithArguments(values);
        }
        catch (IllegalArgumentException | IllegalStateException e) {
            throw new IOException("a staged row is not valid: " + e.getMessage(), e);
        }
        catch (Throwable e) {
            throw new IOException("a staged row cannot be made: " + e, e);
        }
    }

    private static Object get(MethodHandle accessor, Record row) {
        try {
            return accessor.invoke(row);
        }
        catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Field field(Class<?> record, String name, Class<?> type) {
        if (type == long.class) {
            return plain((out, v) -> out.writeLong((Long) v), DataInput::readLong);
        }
        if (type == int.class) {
            return plain((out, v) -> out.writeInt((Integer) v), DataInput::readInt);
        }
        if (type == boolean.class) {
            return plain((out, v) -> out.writeBoolean((Boolean) v), DataInput::readBoolean);
        }
        if (type == Long.class) {
            return nullable(plain((out, v) -> out.writeLong((Long) v), DataInput::readLong));
        }
        if (type == Integer.class) {
            return nullable(plain((out, v) -> out.writeInt((Integer) v), DataInput::readInt));
        }
        if (type == String.class) {
            return nullable(plain((out, v) -> {
                byte[] bytes = ((String) v).getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }, in -> {
                int length = in.readInt();
                if (length < 0 || length > 1 << 24) {
                    throw new IOException("a staged text of " + length + " bytes");
                }
                byte[] bytes = new byte[length];
                in.readFully(bytes);
                return new String(bytes, StandardCharsets.UTF_8);
            }));
        }
        if (type == YearMonth.class) {
            return nullable(plain((out, v) -> {
                out.writeInt(((YearMonth) v).getYear());
                out.writeByte(((YearMonth) v).getMonthValue());
            }, in -> YearMonth.of(in.readInt(), in.readByte())));
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return nullable(plain((out, v) -> out.writeShort(((Enum<?>) v).ordinal()), in -> {
                int ordinal = in.readShort();
                if (ordinal < 0 || ordinal >= constants.length) {
                    throw new IOException("a staged " + type.getSimpleName() + " out of range");
                }
                return constants[ordinal];
            }));
        }
        if (type.isRecord()) {
            RecordCodec nested = new RecordCodec(type);
            return nullable(plain((out, v) -> nested.write(out, (Record) v), nested::read));
        }
        throw new IllegalArgumentException(record.getName() + "." + name + " is a " + type.getName()
                + "; a staged row holds whole numbers, booleans, strings, enums, months and records");
    }

    private interface Writer {
        void write(DataOutput out, Object value) throws IOException;
    }

    private interface Reader {
        Object read(DataInput in) throws IOException;
    }

    private static Field plain(Writer writer, Reader reader) {
        return new Field() {
            @Override
            public void write(DataOutput out, Object value) throws IOException {
                writer.write(out, value);
            }

            @Override
            public Object read(DataInput in) throws IOException {
                return reader.read(in);
            }
        };
    }

    private static Field nullable(Field field) {
        return new Field() {
            @Override
            public void write(DataOutput out, Object value) throws IOException {
                out.writeBoolean(value != null);
                if (value != null) {
                    field.write(out, value);
                }
            }

            @Override
            public Object read(DataInput in) throws IOException {
                return in.readBoolean() ? field.read(in) : null;
            }
        };
    }
}

package io.meterflow.cassandra.sink;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The value types a {@link CassandraRow} may hold, and their compact encoding in checkpoints: a tag
 * byte, then the value. An explicit encoding rather than Java serialization, so that a checkpoint
 * does not depend on the classes that produced it.
 */
final class RowValues {

  static final String SUPPORTED =
      "String, Integer, Long, Double, Float, Boolean, Instant, LocalDate, and Set, List or Map of"
          + " those";

  private static final byte NULL = 0;
  private static final byte STRING = 1;
  private static final byte INT = 2;
  private static final byte LONG = 3;
  private static final byte DOUBLE = 4;
  private static final byte FLOAT = 5;
  private static final byte BOOLEAN = 6;
  private static final byte INSTANT = 7;
  private static final byte LOCAL_DATE = 8;
  private static final byte SET = 9;
  private static final byte LIST = 10;
  private static final byte MAP = 11;

  // Bytes of a fixed-size value, of a collection's header, and of a string per character: rough
  // sizes for the sink's batch-size accounting, not exact wire sizes.
  private static final int FIXED_SIZE = 8;
  private static final int HEADER_SIZE = 4;

  private RowValues() {}

  // isSupported and estimatedSize run for every value of every row the sink writes: plain loops,
  // not streams, which cost a measurable share of the writing thread (docs/benchmarks.md).

  /** True when the value (and, for collections, every element) can be checkpointed. */
  static boolean isSupported(Object value) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!isSupported(entry.getKey()) || !isSupported(entry.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (value instanceof Set<?> || value instanceof List<?>) {
      for (Object element : (Collection<?>) value) {
        if (!isSupported(element)) {
          return false;
        }
      }
      return true;
    }
    return value == null
        || value instanceof String
        || value instanceof Integer
        || value instanceof Long
        || value instanceof Double
        || value instanceof Float
        || value instanceof Boolean
        || value instanceof Instant
        || value instanceof LocalDate;
  }

  static long estimatedSize(Object value) {
    if (value instanceof String text) {
      return HEADER_SIZE + text.length();
    }
    long size = HEADER_SIZE;
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        size += estimatedSize(entry.getKey()) + estimatedSize(entry.getValue());
      }
      return size;
    }
    if (value instanceof Collection<?> collection) {
      for (Object element : collection) {
        size += estimatedSize(element);
      }
      return size;
    }
    return FIXED_SIZE;
  }

  static void write(Object value, DataOutputStream out) throws IOException {
    if (value == null) {
      out.writeByte(NULL);
    } else if (value instanceof String text) {
      out.writeByte(STRING);
      // Not writeUTF: it stops at 64 KiB.
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    } else if (value instanceof Integer number) {
      out.writeByte(INT);
      out.writeInt(number);
    } else if (value instanceof Long number) {
      out.writeByte(LONG);
      out.writeLong(number);
    } else if (value instanceof Double number) {
      out.writeByte(DOUBLE);
      out.writeDouble(number);
    } else if (value instanceof Float number) {
      out.writeByte(FLOAT);
      out.writeFloat(number);
    } else if (value instanceof Boolean flag) {
      out.writeByte(BOOLEAN);
      out.writeBoolean(flag);
    } else if (value instanceof Instant instant) {
      out.writeByte(INSTANT);
      out.writeLong(instant.getEpochSecond());
      out.writeInt(instant.getNano());
    } else if (value instanceof LocalDate date) {
      out.writeByte(LOCAL_DATE);
      out.writeLong(date.toEpochDay());
    } else {
      writeCollection(value, out);
    }
  }

  private static void writeCollection(Object value, DataOutputStream out) throws IOException {
    if (value instanceof Map<?, ?> map) {
      out.writeByte(MAP);
      out.writeInt(map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        write(entry.getKey(), out);
        write(entry.getValue(), out);
      }
    } else if (value instanceof Set<?> || value instanceof List<?>) {
      Collection<?> collection = (Collection<?>) value;
      out.writeByte(value instanceof Set<?> ? SET : LIST);
      out.writeInt(collection.size());
      for (Object element : collection) {
        write(element, out);
      }
    } else {
      throw new IOException(
          "A Cassandra row holds a "
              + value.getClass().getName()
              + ", which the sink cannot checkpoint: bind one of "
              + SUPPORTED
              + ".");
    }
  }

  static Object read(DataInputStream in) throws IOException {
    byte tag = in.readByte();
    return switch (tag) {
      case NULL -> null;
      case STRING -> readString(in);
      case INT -> in.readInt();
      case LONG -> in.readLong();
      case DOUBLE -> in.readDouble();
      case FLOAT -> in.readFloat();
      case BOOLEAN -> in.readBoolean();
      case INSTANT -> Instant.ofEpochSecond(in.readLong(), in.readInt());
      case LOCAL_DATE -> LocalDate.ofEpochDay(in.readLong());
      case SET -> readElements(in, new LinkedHashSet<>());
      case LIST -> readElements(in, new ArrayList<>());
      case MAP -> readMap(in);
      default ->
          throw new IOException("Unknown value tag " + tag + " in a Cassandra sink checkpoint");
    };
  }

  private static String readString(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static Collection<Object> readElements(DataInputStream in, Collection<Object> target)
      throws IOException {
    int size = in.readInt();
    for (int i = 0; i < size; i++) {
      target.add(read(in));
    }
    return target;
  }

  private static Map<Object, Object> readMap(DataInputStream in) throws IOException {
    int size = in.readInt();
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      map.put(read(in), read(in));
    }
    return map;
  }
}

package io.meterflow.contracts.registry;

import org.apache.avro.specific.SpecificRecord;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.apache.flink.formats.avro.RegistryAvroDeserializationSchema;
import org.apache.flink.formats.avro.RegistryAvroSerializationSchema;

/**
 * Flink (de)serialization schemas of Avro records in the Confluent wire format, with schemas
 * registered under the TopicNameStrategy subject of the topic ({@code <topic>-value}).
 */
public final class ConfluentAvroFormats {

  private ConfluentAvroFormats() {}

  /**
   * Reads {@code T} from messages written with any registered schema that {@code T} can read. Any
   * failure, including a message that can never be decoded, fails the job: for sources that must
   * reject bad messages instead, use {@link ConfluentAvroDecoder}.
   */
  public static <T extends SpecificRecord> DeserializationSchema<T> deserializer(
      Class<T> type, RegistryClientSettings settings) {
    return new RegistryAvroDeserializationSchema<>(
        type, null, new RegistrySchemaCoder.Provider(settings, null));
  }

  /**
   * Writes {@code T} with its own schema, registered (or found, when already registered) under
   * {@link #valueSubject(String) the value subject of the topic}.
   */
  public static <T extends SpecificRecord> SerializationSchema<T> serializer(
      Class<T> type, String topic, RegistryClientSettings settings) {
    return RegistryAvroSerializationSchema.forSpecific(
        type, new RegistrySchemaCoder.Provider(settings, valueSubject(topic)));
  }

  /** The TopicNameStrategy subject of the values of {@code topic}. */
  public static String valueSubject(String topic) {
    return topic + "-value";
  }
}

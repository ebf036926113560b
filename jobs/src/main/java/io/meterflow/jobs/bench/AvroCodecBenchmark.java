package io.meterflow.jobs.bench;

import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.registry.ConfluentAvroDecoder;
import io.meterflow.contracts.registry.ConfluentAvroFormats;
import io.meterflow.contracts.registry.RegistryClientSettings;
import io.meterflow.contracts.registry.UndecodableMessageException;
import java.io.IOException;
import org.apache.flink.api.common.serialization.SerializationSchema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Registry-coded Avro (Confluent wire format) of a MeterReading: encoding with the job's serializer
 * and decoding with the normalizer's decoder, the schema id already cached.
 */
@State(Scope.Thread)
public class AvroCodecBenchmark {

  private FakeRegistry registry;
  private SerializationSchema<MeterReading> serializer;
  private ConfluentAvroDecoder<MeterReading> decoder;
  private MeterReading reading;
  private byte[] message;

  @Setup
  public void setUp() throws IOException, UndecodableMessageException {
    registry = new FakeRegistry(MeterReading.getClassSchema());
    RegistryClientSettings settings = RegistryClientSettings.of(registry.url());
    serializer =
        ConfluentAvroFormats.serializer(MeterReading.class, "meter.readings.normalized", settings);
    decoder = new ConfluentAvroDecoder<>(MeterReading.class, settings);
    reading = new FleetReadings(1000).map(4242L);
    message = serializer.serialize(reading);
    decoder.decode(message);
  }

  @TearDown
  public void tearDown() {
    registry.close();
  }

  @Benchmark
  public byte[] encode() {
    return serializer.serialize(reading);
  }

  @Benchmark
  public MeterReading decode() throws IOException, UndecodableMessageException {
    return decoder.decode(message);
  }
}

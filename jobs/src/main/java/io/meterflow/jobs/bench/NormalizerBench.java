package io.meterflow.jobs.bench;

import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.RegisterMappingEntry;
import io.meterflow.contracts.RegisterMappingUpdate;
import io.meterflow.contracts.input.HeadEndReading;
import io.meterflow.contracts.registry.RegistryClientSettings;
import io.meterflow.jobs.normalizer.RegistryHeadEndDecoder;
import io.meterflow.normalizer.NormalizedStreams;
import io.meterflow.normalizer.NormalizerSettings;
import io.meterflow.normalizer.NormalizerTopology;
import io.meterflow.normalizer.raw.RawPayload;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * ingest-normalizer with its defaults: head-end Avro messages of a water fleet (decoded through an
 * in-process registry, so no HTTP after the first message), device master data and the fleet's
 * register mapping in, readings and rejects discarded; the readings into the last step (reading
 * times) are counted.
 */
final class NormalizerBench implements BenchTopology {

  private static final String TOPIC = "meter.readings.headend";

  private FakeRegistry registry;

  @Override
  public String name() {
    return "normalizer";
  }

  @Override
  public List<String> countedOperators() {
    return List.of("Resolve reading times");
  }

  @Override
  public String countedStateName() {
    return "reading_times";
  }

  @Override
  public void attach(StreamExecutionEnvironment env, TopologySetup setup) throws Exception {
    registry = new FakeRegistry(HeadEndReading.getClassSchema());
    RegistryClientSettings settings = RegistryClientSettings.of(registry.url());
    NormalizedStreams out =
        NormalizerTopology.build(
            FleetStreams.endless(
                env,
                new FleetPayloads(setup.series(), TOPIC, settings),
                RawPayload.class,
                "payloads"),
            FleetStreams.devices(env, setup.series(), FleetMeters.WATER),
            env.fromData(List.of(mapping()), TypeInformation.of(RegisterMappingUpdate.class))
                .uid("bench-register-mappings")
                .name("Fleet register mappings"),
            new RegistryHeadEndDecoder(settings),
            NormalizerSettings.defaults());
    FleetStreams.discard(out.normalized(), "readings");
    FleetStreams.discard(out.rejected(), "rejects");
  }

  /**
   * The tenant's mapping of its head-end register code. The built-in OBIS table maps it the same;
   * one mapping is given because Flink 2.2's {@code fromData} of an empty list fails.
   */
  private static RegisterMappingUpdate mapping() {
    FleetMeters meters = FleetMeters.WATER;
    return RegisterMappingUpdate.newBuilder()
        .setTenant(FleetReadings.TENANT)
        .setVersion(1)
        .setEntries(
            List.of(
                RegisterMappingEntry.newBuilder()
                    .setCode(meters.headEndCode())
                    .setRegister(meters.register())
                    .setKind(ReadingKind.CUMULATIVE)
                    .build()))
        .build();
  }

  @Override
  public void close() {
    if (registry != null) {
      registry.close();
    }
  }
}

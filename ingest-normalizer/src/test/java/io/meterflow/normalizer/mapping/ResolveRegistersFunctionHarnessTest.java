package io.meterflow.normalizer.mapping;

import static io.meterflow.normalizer.testing.ParsedReadingBuilder.parsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.RegisterMappingEntry;
import io.meterflow.contracts.RegisterMappingUpdate;
import io.meterflow.contracts.RejectReason;
import io.meterflow.normalizer.raw.ParsedReading;
import io.meterflow.normalizer.reject.Rejects;
import io.meterflow.normalizer.testing.NormalizerFixtures;
import java.util.List;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResolveRegistersFunctionHarnessTest {

  /** A vendor's name of the high-tariff import register, unknown to the built-in table. */
  private static final ParsedReading HIGH_TARIFF = parsed().register("ZAEHLER-HT").build();

  private BroadcastOperatorTestHarness<ParsedReading, RegisterMappingUpdate, ResolvedReading>
      harness;

  @BeforeEach
  void openHarness() throws Exception {
    harness =
        ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
            new ResolveRegistersFunction(new RegisterResolution(1.0e9)),
            ResolveRegistersFunction.MAPPINGS);
  }

  @AfterEach
  void closeHarness() throws Exception {
    harness.close();
  }

  @Test
  void shouldApplyAMappingUpdateToLaterRecordsOnly() throws Exception {
    harness.processElement(new StreamRecord<>(HIGH_TARIFF));
    harness.processBroadcastElement(
        new StreamRecord<>(mapping(1, Register.ELECTRICITY_IMPORT_ENERGY, ReadingKind.CUMULATIVE)));
    harness.processElement(new StreamRecord<>(HIGH_TARIFF));
    harness.processBroadcastElement(
        new StreamRecord<>(mapping(2, Register.ELECTRICITY_IMPORT_ENERGY, ReadingKind.INTERVAL)));
    harness.processElement(new StreamRecord<>(HIGH_TARIFF));

    assertThat(harness.extractOutputValues())
        .extracting(ResolvedReading::register, ResolvedReading::kind)
        .containsExactly(
            tuple(Register.ELECTRICITY_IMPORT_ENERGY, ReadingKind.CUMULATIVE),
            tuple(Register.ELECTRICITY_IMPORT_ENERGY, ReadingKind.INTERVAL));
    assertThat(harness.getSideOutput(Rejects.TAG))
        .extracting(StreamRecord::getValue)
        .containsExactly(
            NormalizerFixtures.rejectedJson(
                RejectReason.UNKNOWN_REGISTER,
                "Register code 'ZAEHLER-HT' is neither a built-in OBIS code or name nor in the"
                    + " register mapping of tenant 'tenant-a' (it has none)."));
  }

  @Test
  void shouldIgnoreAnUpdateNotAboveTheVersionInForce() throws Exception {
    harness.processBroadcastElement(
        new StreamRecord<>(mapping(5, Register.ELECTRICITY_EXPORT_ENERGY, ReadingKind.CUMULATIVE)));
    harness.processBroadcastElement(
        new StreamRecord<>(mapping(4, Register.ELECTRICITY_IMPORT_ENERGY, ReadingKind.CUMULATIVE)));
    harness.processBroadcastElement(
        new StreamRecord<>(mapping(5, Register.ELECTRICITY_IMPORT_ENERGY, ReadingKind.CUMULATIVE)));
    harness.processElement(new StreamRecord<>(HIGH_TARIFF));

    assertThat(harness.extractOutputValues())
        .extracting(ResolvedReading::register)
        .containsExactly(Register.ELECTRICITY_EXPORT_ENERGY);
    assertThat(
            harness
                .getBroadcastState(ResolveRegistersFunction.MAPPINGS)
                .get(NormalizerFixtures.TENANT)
                .getVersion())
        .isEqualTo(5);
  }

  @Test
  void shouldKeepOneTenantsMappingFromAnother() throws Exception {
    harness.processBroadcastElement(
        new StreamRecord<>(mapping(1, Register.ELECTRICITY_IMPORT_ENERGY, ReadingKind.CUMULATIVE)));
    harness.processElement(
        new StreamRecord<>(parsed().tenant("tenant-b").register("ZAEHLER-HT").build()));

    assertThat(harness.extractOutputValues()).isEmpty();
    assertThat(harness.getSideOutput(Rejects.TAG))
        .extracting(
            record -> record.getValue().getReason(), record -> record.getValue().getTenant())
        .containsExactly(tuple(RejectReason.UNKNOWN_REGISTER, "tenant-b"));
  }

  @Test
  void shouldFlagKnownStatusCodesAndLeaveOutUnknownOnes() throws Exception {
    harness.processElement(new StreamRecord<>(parsed().status("LEAK", "VENDOR_BIT_7").build()));

    assertThat(harness.extractOutputValues())
        .extracting(ResolvedReading::flags)
        .containsExactly(new ReadingFlag[] {ReadingFlag.LEAK});
  }

  private static RegisterMappingUpdate mapping(long version, Register register, ReadingKind kind) {
    return RegisterMappingUpdate.newBuilder()
        .setTenant(NormalizerFixtures.TENANT)
        .setVersion(version)
        .setEntries(
            List.of(
                RegisterMappingEntry.newBuilder()
                    .setCode("zaehler ht")
                    .setRegister(register)
                    .setKind(kind)
                    .build()))
        .build();
  }
}

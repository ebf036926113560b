package io.meterflow.power.voltage;

import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import java.util.EnumSet;
import java.util.Set;
import org.apache.flink.api.common.functions.AggregateFunction;

/** Sums one phase's INSTANT voltage readings of a window, incrementally. */
public final class MeanVoltage implements AggregateFunction<MeterReading, VoltageSum, VoltageSum> {

  private static final Set<Register> PHASES =
      EnumSet.of(Register.VOLTAGE_L1, Register.VOLTAGE_L2, Register.VOLTAGE_L3);

  /** True for the readings the means are of: instant phase voltages. */
  public static boolean isPhaseVoltage(MeterReading reading) {
    return PHASES.contains(reading.getRegister()) && reading.getKind() == ReadingKind.INSTANT;
  }

  @Override
  public VoltageSum createAccumulator() {
    return VoltageSum.empty();
  }

  @Override
  public VoltageSum add(MeterReading reading, VoltageSum sum) {
    return sum.plus(
        reading.getTenant(), reading.getMeterId(), reading.getRegister(), reading.getValue());
  }

  @Override
  public VoltageSum getResult(VoltageSum sum) {
    return sum;
  }

  @Override
  public VoltageSum merge(VoltageSum a, VoltageSum b) {
    return a.merge(b);
  }
}

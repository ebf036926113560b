package io.meterflow.power.testing;

import static io.meterflow.contracts.testing.ContractFixtures.BEGINNING;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.ReadingKind;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.testing.ContractFixtures;
import io.meterflow.power.voltage.VoltageMean;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Electricity records for the power-anomaly tests, on the contract fixtures' meter (three phases,
 * 25 A, 230 V, no generation, in AREA): times are counted from {@code BEGINNING}, a Monday at
 * midnight UTC.
 */
public final class PowerFixtures {

  public static final Duration QUARTER = Duration.ofMinutes(15);
  public static final Duration HOUR = Duration.ofHours(1);
  public static final Duration TEN_MINUTES = Duration.ofMinutes(10);

  private PowerFixtures() {}

  public static Instant minute(long minutes) {
    return BEGINNING.plus(Duration.ofMinutes(minutes));
  }

  public static Instant hour(long hours) {
    return BEGINNING.plus(Duration.ofHours(hours));
  }

  public static Instant day(long days) {
    return BEGINNING.plus(Duration.ofDays(days));
  }

  /** The contract fixtures' electricity meter, issued at the beginning. */
  public static DeviceInfo meter() {
    return ContractFixtures.electricityMeter().build();
  }

  /** An import interval of the meter. */
  public static IntervalConsumption.Builder imported(
      Instant start, Duration resolution, double kwh) {
    return ContractFixtures.interval(Register.ELECTRICITY_IMPORT_ENERGY, start, resolution, kwh);
  }

  /** A measured 15-minute import interval of the meter. */
  public static IntervalConsumption quarter(Instant start, double kwh) {
    return imported(start, QUARTER, kwh).build();
  }

  /** A measured hourly import interval of the meter. */
  public static IntervalConsumption hourly(Instant start, double kwh) {
    return imported(start, HOUR, kwh).build();
  }

  /** A measured 15-minute export interval of the meter. */
  public static IntervalConsumption exported(Instant start, double kwh) {
    return ContractFixtures.interval(Register.ELECTRICITY_EXPORT_ENERGY, start, QUARTER, kwh)
        .build();
  }

  /** An instant phase voltage reading of the meter. */
  public static MeterReading voltage(Register phase, Instant time, double volts) {
    return ContractFixtures.reading(phase, time, volts).build();
  }

  /** A meter event reading carrying a flag (POWER_FAIL, POWER_RESTORED). */
  public static MeterReading event(Instant time, ReadingFlag flag) {
    return ContractFixtures.reading(Register.METER_EVENT, time, 1)
        .setKind(ReadingKind.EVENT)
        .setFlags(List.of(flag))
        .build();
  }

  /** A 10-minute mean of a phase of the meter, the window starting at start. */
  public static VoltageMean mean(Register phase, Instant start, double volts) {
    return new VoltageMean(
        ContractFixtures.TENANT,
        ContractFixtures.METER,
        phase,
        start.toEpochMilli(),
        start.plus(TEN_MINUTES).toEpochMilli(),
        volts,
        1);
  }

  /**
   * One alarm step in a line: "STATUS TYPE start=... at=... end=...", so that tests compare whole
   * episodes at a glance.
   */
  public static String step(MeterAlarm alarm) {
    return alarm.getStatus()
        + " "
        + alarm.getType()
        + " start="
        + alarm.getStartTime()
        + " at="
        + alarm.getEventTime()
        + " end="
        + alarm.getEndTime();
  }

  /** The expected line of {@link #step(MeterAlarm)}. */
  public static String step(String status, String type, Instant start, Instant at, Instant end) {
    return status + " " + type + " start=" + start + " at=" + at + " end=" + end;
  }
}

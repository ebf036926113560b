package io.meterflow.power.voltage;

import io.meterflow.contracts.AlarmSeverity;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.contracts.alarm.AlarmSubject;
import io.meterflow.power.config.PowerAnomalySettings;
import io.meterflow.power.meter.MeterRuleFunction;
import io.meterflow.power.meter.Verdict;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.util.Collector;

/**
 * VOLTAGE_SAG, VOLTAGE_SWELL and INTERRUPTION (EN 50160) on a meter's window mean phase voltages.
 * Each phase keeps the class of its latest mean, so that a phase that skips a window keeps its
 * condition; an episode of a class is open while any phase is in it (one episode per meter, with
 * the number of phases affected), and clears with the first window in which no phase is. A phase
 * can sag while another swells (a broken neutral): those are two episodes.
 */
public final class VoltageQualityFunction extends MeterRuleFunction<VoltageMean> {

  public static final String PHASES_AFFECTED = "phasesAffected";
  public static final String MEAN_VOLTAGE = "meanVoltageV";
  public static final String PERCENT_OF_NOMINAL = "percentOfNominal";

  private static final List<VoltageClass> ALARMING =
      List.of(VoltageClass.INTERRUPTION, VoltageClass.SAG, VoltageClass.SWELL);

  private final VoltageConfig limits;
  private transient MapState<Register, VoltageClass> phaseClasses;

  public VoltageQualityFunction(PowerAnomalySettings settings) {
    super(settings, TypeInformation.of(VoltageMean.class));
    this.limits = settings.voltage();
  }

  @Override
  protected long eventTime(VoltageMean mean) {
    return mean.windowEnd();
  }

  @Override
  protected void openRules(StateTtlConfig ttl) {
    // Only phases outside the limits are kept: a meter with a sound supply keeps nothing here.
    MapStateDescriptor<Register, VoltageClass> descriptor =
        new MapStateDescriptor<>(
            "phase-voltage-classes",
            TypeInformation.of(Register.class),
            TypeInformation.of(VoltageClass.class));
    descriptor.enableTimeToLive(ttl);
    phaseClasses = getRuntimeContext().getMapState(descriptor);
  }

  @Override
  protected void process(
      List<VoltageMean> due, long time, OnTimerContext ctx, Collector<MeterAlarm> out)
      throws Exception {
    double nominal = limits.nominalVoltage(device());
    Map<VoltageClass, Double> extremes = new EnumMap<>(VoltageClass.class);
    for (VoltageMean mean : due) {
      VoltageClass phaseClass = VoltageClass.of(mean.meanVolts(), nominal, limits);
      if (phaseClass == VoltageClass.NORMAL) {
        phaseClasses.remove(mean.phase());
      } else {
        phaseClasses.put(mean.phase(), phaseClass);
        extremes.merge(
            phaseClass, mean.meanVolts(), phaseClass == VoltageClass.SWELL ? Math::max : Math::min);
      }
    }
    Map<VoltageClass, Integer> phases = new EnumMap<>(VoltageClass.class);
    for (VoltageClass phaseClass : phaseClasses.values()) {
      phases.merge(phaseClass, 1, Integer::sum);
    }
    Instant windowStart = Instant.ofEpochMilli(due.get(0).windowStart());
    Instant windowEnd = Instant.ofEpochMilli(time);
    AlarmSubject subject = subject(ctx);
    for (VoltageClass phaseClass : ALARMING) {
      int affected = phases.getOrDefault(phaseClass, 0);
      Verdict verdict =
          affected > 0
              ? new Verdict.Holds(
                  windowStart,
                  windowEnd,
                  finding(phaseClass, affected, extremes.get(phaseClass), nominal))
              : new Verdict.Ended(
                  windowStart, windowEnd, "Voltage back within limits on every phase", Map.of());
      Verdict.apply(episodes(), phaseClass.alarmType(), subject, verdict, limits.parameters(), out);
    }
  }

  @Override
  protected void clearRules() {
    phaseClasses.clear();
  }

  /**
   * What the window showed for the class. Interruptions state only the phases: their mean is near
   * zero, where any flicker is a large relative change and would send an UPDATED.
   *
   * @param extreme the lowest (highest for swells) mean of the class in this window; null when the
   *     class holds only through phases that skipped the window
   */
  private AlarmFinding finding(
      VoltageClass phaseClass, int affected, Double extreme, double nominal) {
    Map<String, Double> evidence = new HashMap<>();
    evidence.put(PHASES_AFFECTED, (double) affected);
    String phaseCount = affected + (affected == 1 ? " phase" : " phases");
    if (phaseClass == VoltageClass.INTERRUPTION) {
      return new AlarmFinding(
          limits.interruptionSeverity(),
          String.format(
              Locale.ROOT,
              "Supply interrupted on %s: %s below %.0f %% of nominal",
              phaseCount,
              limits.meanName(),
              limits.interruptionFraction() * 100),
          evidence);
    }
    AlarmSeverity severity =
        phaseClass == VoltageClass.SAG ? limits.sagSeverity() : limits.swellSeverity();
    String what = phaseClass == VoltageClass.SAG ? "Undervoltage" : "Overvoltage";
    if (extreme == null) {
      return new AlarmFinding(severity, what + " on " + phaseCount, evidence);
    }
    double percent = extreme / nominal * 100;
    evidence.put(MEAN_VOLTAGE, extreme);
    evidence.put(PERCENT_OF_NOMINAL, percent);
    return new AlarmFinding(
        severity,
        String.format(
            Locale.ROOT,
            "%s on %s: %s %.1f V, %.1f %% of the %.0f V nominal",
            what,
            phaseCount,
            limits.meanName(),
            extreme,
            percent,
            nominal),
        evidence);
  }
}

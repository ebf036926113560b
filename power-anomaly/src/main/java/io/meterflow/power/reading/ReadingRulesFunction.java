package io.meterflow.power.reading;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.Register;
import io.meterflow.contracts.alarm.AlarmSubject;
import io.meterflow.power.communication.CadenceEstimate;
import io.meterflow.power.communication.CommunicationLossRule;
import io.meterflow.power.config.PowerAnomalySettings;
import io.meterflow.power.meter.MeterRuleFunction;
import io.meterflow.power.meter.Verdict;
import io.meterflow.power.outage.OutageRule;
import io.meterflow.power.outage.PowerEvent;
import io.meterflow.power.voltage.VoltageConfig;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * The rules on a meter's readings: OUTAGE from its POWER_FAIL and POWER_RESTORED events, and
 * COMMUNICATION_LOSS from the gaps between its readings. The power events also go out, with the
 * meter's area from its DeviceInfo, on {@link #POWER_EVENTS} to the area outage rule; a meter whose
 * area is not known contributes none.
 *
 * <p>A meter event does not tell the commodity of its meter: the rules take meter events only of
 * meters whose DeviceInfo says they are electricity meters, so that a water or heat meter's
 * POWER_FAIL raises nothing. An electricity meter without DeviceInfo raises no OUTAGE (and passes
 * no power event on) until its DeviceInfo is known; its electricity registers count as contacts all
 * the same.
 *
 * <p>A meter with an open OUTAGE cannot talk, and one registered inactive is not expected to: their
 * silences raise no COMMUNICATION_LOSS.
 *
 * <p>Counters (group {@code power}), counted when the watermark hands the readings to the rules:
 * {@code readingsIn} = {@code readingsProcessed} + {@code readingsNotElectricity} (meter events of
 * meters not known as electricity meters).
 */
public final class ReadingRulesFunction extends MeterRuleFunction<MeterReading> {

  /** The meters' power events, for the area outage rule. */
  public static final OutputTag<PowerEvent> POWER_EVENTS =
      new OutputTag<>("power-events", TypeInformation.of(PowerEvent.class));

  private final OutageRule outage;
  private final CommunicationLossRule communication;
  private transient ValueState<CadenceEstimate> cadence;
  private transient Counter in;
  private transient Counter processed;
  private transient Counter notElectricity;

  public ReadingRulesFunction(PowerAnomalySettings settings) {
    super(settings, TypeInformation.of(MeterReading.class));
    this.outage = new OutageRule(settings.outageSeverity());
    this.communication = new CommunicationLossRule(settings.communicationLoss());
  }

  @Override
  protected long eventTime(MeterReading reading) {
    return reading.getReadingTime().toEpochMilli();
  }

  @Override
  protected void openRules(StateTtlConfig ttl) {
    cadence = valueState("cadence", TypeInformation.of(CadenceEstimate.class), ttl);
    in = counter("readingsIn");
    processed = counter("readingsProcessed");
    notElectricity = counter("readingsNotElectricity");
  }

  @Override
  protected List<MeterReading> taken(List<MeterReading> due) throws Exception {
    DeviceInfo device = device();
    boolean electricityMeter = device != null && device.getCommodity() == Commodity.ELECTRICITY;
    List<MeterReading> taken =
        electricityMeter
            ? due
            : due.stream()
                .filter(reading -> reading.getRegister() != Register.METER_EVENT)
                .toList();
    in.inc(due.size());
    processed.inc(taken.size());
    notElectricity.inc(due.size() - taken.size());
    return taken;
  }

  @Override
  protected void process(
      List<MeterReading> due, long time, OnTimerContext ctx, Collector<MeterAlarm> out)
      throws Exception {
    AlarmSubject subject = subject(ctx);
    CadenceEstimate known = cadence.value();
    Verdict.apply(
        episodes(),
        AlarmType.COMMUNICATION_LOSS,
        subject,
        communication.contact(known, time),
        settings.communicationLoss().parameters(),
        out);
    cadence.update(communication.observe(known, time));
    // A failure and a restoration at the same time were a failure, then a restoration.
    for (MeterReading reading : due) {
      if (OutageRule.reportsFailure(reading)) {
        applyOutage(subject, outage.failed(reading.getReadingTime()), out);
        emitPowerEvent(reading, true, ctx);
      }
    }
    VoltageConfig limits = settings.voltage();
    double interruptionVolts = limits.nominalVoltage(device()) * limits.interruptionFraction();
    for (MeterReading reading : due) {
      if (OutageRule.reportsRestoration(reading)) {
        applyOutage(
            subject,
            outage.restored(reading.getReadingTime(), episodes().get(AlarmType.OUTAGE)),
            out);
        emitPowerEvent(reading, false, ctx);
      } else {
        applyOutage(
            subject,
            outage.measured(reading, interruptionVolts, episodes().get(AlarmType.OUTAGE)),
            out);
      }
    }
  }

  @Override
  protected Long ruleDeadline() throws Exception {
    return communication.deadline(cadence.value());
  }

  @Override
  protected void onRuleDeadline(
      long deadline, boolean inputEnded, OnTimerContext ctx, Collector<MeterAlarm> out)
      throws Exception {
    CadenceEstimate known = cadence.value();
    DeviceInfo device = device();
    boolean excused =
        inputEnded
            || episodes().isOpen(AlarmType.OUTAGE)
            || (device != null && !device.getActive());
    if (!excused) {
      Verdict.apply(
          episodes(),
          AlarmType.COMMUNICATION_LOSS,
          subject(ctx),
          communication.silent(known, deadline),
          settings.communicationLoss().parameters(),
          out);
    }
    cadence.update(communication.silenceMet(known));
  }

  @Override
  protected void clearRules() {
    cadence.clear();
  }

  private void applyOutage(AlarmSubject subject, Verdict verdict, Collector<MeterAlarm> out)
      throws Exception {
    Verdict.apply(episodes(), AlarmType.OUTAGE, subject, verdict, Map.of(), out);
  }

  private void emitPowerEvent(MeterReading reading, boolean failed, OnTimerContext ctx)
      throws Exception {
    DeviceInfo device = device();
    if (device != null && device.getAreaId() != null) {
      ctx.output(
          POWER_EVENTS,
          new PowerEvent(
              reading.getTenant(),
              device.getAreaId(),
              reading.getMeterId(),
              reading.getReadingTime().toEpochMilli(),
              failed));
    }
  }
}

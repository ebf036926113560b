package io.meterflow.leak.detector;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.Commodity;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.ReadingFlag;
import io.meterflow.contracts.alarm.AlarmSubject;
import io.meterflow.leak.config.LeakDetectionSettings;
import io.meterflow.leak.episode.RuleVerdict;
import io.meterflow.leak.metercode.CodeReadings;
import io.meterflow.leak.metercode.CodeVerdict;
import io.meterflow.leak.metercode.MeterCodeRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;

/**
 * Passes a water meter's own info codes through as METER_CODE alarms (see {@link MeterCodeRule}),
 * in event-time order (see {@link MeterAlarmFunction}). Readings of the meter-event register count
 * only when DeviceInfo says the meter is a water meter. A reading later than the out-of-orderness
 * bound, older than readings already processed, is ignored (and counted): it would raise or clear a
 * code out of order.
 */
public final class MeterCodeAlarmFunction extends MeterAlarmFunction<MeterReading> {

  private transient Counter processed;
  private transient Counter notWater;
  private transient Counter late;

  public MeterCodeAlarmFunction(LeakDetectionSettings settings) {
    super(
        settings,
        TypeInformation.of(MeterReading.class),
        reading -> reading.getReadingTime().toEpochMilli());
  }

  @Override
  protected void openRuleState(StateTtlConfig ttl) {
    processed = counter("readingsProcessed");
    notWater = counter("readingsNotWater");
    late = counter("readingsLate");
  }

  @Override
  protected void process(List<MeterReading> due, Collector<MeterAlarm> out) throws Exception {
    Long processedUntil = processedUntil();
    if (processedUntil != null && due.get(0).getReadingTime().toEpochMilli() <= processedUntil) {
      late.inc(due.size());
      return;
    }
    List<MeterReading> ordered = new ArrayList<>(due);
    // Readings of one time in a fixed order, so that a replay emits the same sequence.
    ordered.sort(
        Comparator.comparing(MeterReading::getRegister).thenComparing(MeterReading::getReadingId));
    MeterReading first = ordered.get(0);
    MeterCodeRule rule = settings.rulesFor(first.getTenant()).meterCode();
    DeviceInfo device = device();
    boolean waterMeter = device != null && device.getCommodity() == Commodity.WATER;
    AlarmSubject subject = subject(first.getTenant(), first.getMeterId());
    for (MeterReading reading : ordered) {
      if (!CodeReadings.isFromWaterMeter(reading, waterMeter)) {
        notWater.inc();
        continue;
      }
      processed.inc();
      if (!rule.config().enabled()) {
        continue;
      }
      for (CodeVerdict verdict : rule.onReading(reading, openCodes())) {
        RuleVerdict.apply(
            episodes(),
            verdict.code().name(),
            AlarmType.METER_CODE,
            subject,
            verdict.verdict(),
            out);
      }
    }
  }

  private Map<ReadingFlag, MeterAlarm> openCodes() throws Exception {
    Map<ReadingFlag, MeterAlarm> codes = new EnumMap<>(ReadingFlag.class);
    for (Map.Entry<String, MeterAlarm> episode : episodes().all().entrySet()) {
      codes.put(ReadingFlag.valueOf(episode.getKey()), episode.getValue());
    }
    return codes;
  }
}

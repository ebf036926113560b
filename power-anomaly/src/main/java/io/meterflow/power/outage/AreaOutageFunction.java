package io.meterflow.power.outage;

import io.meterflow.contracts.AlarmType;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.alarm.AlarmFinding;
import io.meterflow.contracts.alarm.AlarmSubject;
import io.meterflow.power.config.PowerAnomalySettings;
import io.meterflow.power.meter.EventTimeFrame;
import io.meterflow.power.meter.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * AREA_OUTAGE, keyed by area ({@code RecordKeys.area}): at least {@code minMeters} meters of the
 * area report POWER_FAIL within {@code window} of each other. The episode starts at the first of
 * those failures; meters that fail while it is open join it. It clears when more than {@code
 * restoredShare} of the meters it affected have reported POWER_RESTORED: "most have restored"
 * (meters still out after that are single outages again, each with its own OUTAGE alarm).
 *
 * <p>State: the meters of the area currently out, with the time of their failure. A failure older
 * than the window that no episode holds is pruned at the next failure, and everything goes when the
 * area has no power events for the quiet horizon.
 */
public final class AreaOutageFunction extends KeyedProcessFunction<String, PowerEvent, MeterAlarm> {

  public static final String AFFECTED = "affectedMeters";
  public static final String STILL_OUT = "metersStillOut";

  private final PowerAnomalySettings settings;
  private final AreaOutageConfig config;
  private transient EventTimeFrame<PowerEvent> frame;
  private transient MapState<String, Long> metersOut;
  private transient ValueState<Integer> affected;

  public AreaOutageFunction(PowerAnomalySettings settings) {
    this.settings = settings;
    this.config = settings.areaOutage();
  }

  @Override
  public void open(OpenContext openContext) throws Exception {
    StateTtlConfig ttl = EventTimeFrame.ttl(settings);
    frame =
        EventTimeFrame.open(
            getRuntimeContext(), TypeInformation.of(PowerEvent.class), ttl, settings);
    MapStateDescriptor<String, Long> outDescriptor =
        new MapStateDescriptor<>("meters-out", Types.STRING, Types.LONG);
    outDescriptor.enableTimeToLive(ttl);
    metersOut = getRuntimeContext().getMapState(outDescriptor);
    ValueStateDescriptor<Integer> affectedDescriptor =
        new ValueStateDescriptor<>("episode-meters", Types.INT);
    affectedDescriptor.enableTimeToLive(ttl);
    affected = getRuntimeContext().getState(affectedDescriptor);
  }

  @Override
  public void processElement(PowerEvent event, Context ctx, Collector<MeterAlarm> out)
      throws Exception {
    frame.add(event.time(), event, ctx.timerService());
  }

  @Override
  public void onTimer(long time, OnTimerContext ctx, Collector<MeterAlarm> out) throws Exception {
    frame.onTimer(time, ctx.timerService(), new AreaRules(), out);
  }

  private void failed(PowerEvent event, Collector<MeterAlarm> out) throws Exception {
    boolean open = frame.episodes().isOpen(AlarmType.AREA_OUTAGE);
    if (!metersOut.contains(event.meterId())) {
      metersOut.put(event.meterId(), event.time());
      if (open) {
        affected.update(affected.value() + 1);
      }
    }
    Instant at = Instant.ofEpochMilli(event.time());
    if (open) {
      apply(event, holds(at, at, affected.value(), count()), out);
      return;
    }
    long since = prune(event.time() - config.window().toMillis());
    int together = count();
    if (together >= config.minMeters()) {
      affected.update(together);
      apply(event, holds(Instant.ofEpochMilli(since), at, together, together), out);
    }
  }

  private void restored(PowerEvent event, Collector<MeterAlarm> out) throws Exception {
    if (!metersOut.contains(event.meterId())) {
      return;
    }
    metersOut.remove(event.meterId());
    if (!frame.episodes().isOpen(AlarmType.AREA_OUTAGE)) {
      return;
    }
    int episodeMeters = affected.value();
    int stillOut = count();
    Instant at = Instant.ofEpochMilli(event.time());
    if (episodeMeters - stillOut > config.restoredShare() * episodeMeters) {
      affected.clear();
      apply(
          event,
          new Verdict.Ended(
              at,
              at,
              (episodeMeters - stillOut) + " of " + episodeMeters + " meters have power again",
              Map.of(AFFECTED, (double) episodeMeters, STILL_OUT, (double) stillOut)),
          out);
    } else {
      apply(event, holds(at, at, episodeMeters, stillOut), out);
    }
  }

  private Verdict holds(Instant since, Instant at, int episodeMeters, int stillOut) {
    return new Verdict.Holds(
        since,
        at,
        new AlarmFinding(
            config.severity(),
            episodeMeters + " meters of the area lost power together; " + stillOut + " still out",
            Map.of(AFFECTED, (double) episodeMeters, STILL_OUT, (double) stillOut)));
  }

  private void apply(PowerEvent event, Verdict verdict, Collector<MeterAlarm> out)
      throws Exception {
    Verdict.apply(
        frame.episodes(),
        AlarmType.AREA_OUTAGE,
        AlarmSubject.area(event.tenant(), event.areaId()),
        verdict,
        config.parameters(),
        out);
  }

  /** Drops the failures before the time; returns the earliest failure left. */
  private long prune(long before) throws Exception {
    List<String> expired = new ArrayList<>();
    long earliest = Long.MAX_VALUE;
    for (Map.Entry<String, Long> failure : metersOut.entries()) {
      if (failure.getValue() < before) {
        expired.add(failure.getKey());
      } else {
        earliest = Math.min(earliest, failure.getValue());
      }
    }
    for (String meter : expired) {
      metersOut.remove(meter);
    }
    return earliest;
  }

  private int count() throws Exception {
    int count = 0;
    for (String ignored : metersOut.keys()) {
      count++;
    }
    return count;
  }

  /** The area outage rule, for the frame. */
  private final class AreaRules implements EventTimeFrame.Rules<PowerEvent> {

    @Override
    public boolean process(List<PowerEvent> due, long time, Collector<MeterAlarm> out)
        throws Exception {
      // Failures first: a failure and a restoration at one time were a brief outage.
      for (PowerEvent event : due) {
        if (event.powerFailed()) {
          failed(event, out);
        }
      }
      for (PowerEvent event : due) {
        if (!event.powerFailed()) {
          restored(event, out);
        }
      }
      return true;
    }

    @Override
    public void forget() {
      metersOut.clear();
      affected.clear();
    }
  }
}

package io.meterflow.jobs.leak;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.MeterReading;
import io.meterflow.jobs.alarms.AlarmOutputs;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.config.TopicSettings;
import io.meterflow.jobs.kafka.SuiteKafka;
import io.meterflow.jobs.kafka.SuiteKafka.StartFrom;
import io.meterflow.jobs.launch.JobLauncher;
import io.meterflow.jobs.launch.SuiteJob;
import io.meterflow.leak.LeakDetectionTopology;
import io.meterflow.leak.config.LeakDetectionSettings;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The leak-detection job (SPEC.md 4.3) on Kafka and Cassandra: water intervals, readings (for the
 * meters' own codes) and devices in; alarm episodes to {@code meter.alarms} and the alarm tables.
 */
public final class LeakDetectionJob implements SuiteJob {

  public static void main(String[] args) throws Exception {
    JobLauncher.run(new LeakDetectionJob(), args);
  }

  @Override
  public String name() {
    return "leak-detection";
  }

  @Override
  public void attach(StreamExecutionEnvironment env, MeterflowConfig config) {
    LeakDetectionSettings settings = LeakDetectionSettings.from(config.jobConfiguration());
    TopicSettings topics = config.topics();
    SuiteKafka kafka = new SuiteKafka(config, name());

    DataStream<IntervalConsumption> intervals =
        kafka.readAvro(
            env,
            topics.intervals(),
            IntervalConsumption.class,
            StartFrom.COMMITTED,
            LeakDetectionTopology.watermarkStrategy(settings));
    DataStream<MeterReading> readings =
        kafka.readAvro(
            env,
            topics.normalized(),
            MeterReading.class,
            StartFrom.COMMITTED,
            LeakDetectionTopology.readingWatermarkStrategy(settings));
    DataStream<DeviceInfo> devices = kafka.readCompacted(env, topics.devices(), DeviceInfo.class);

    DataStream<MeterAlarm> alarms =
        LeakDetectionTopology.build(intervals, readings, devices, settings);
    AlarmOutputs.write(alarms, kafka, config);
  }
}

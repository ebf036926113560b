package io.meterflow.jobs.power;

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
import io.meterflow.power.PowerAnomalyTopology;
import io.meterflow.power.config.PowerAnomalySettings;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The power-anomaly job (SPEC.md 4.4) on Kafka and Cassandra: electricity readings (voltage, power,
 * events), intervals and devices in; alarm episodes to {@code meter.alarms} and the alarm tables.
 */
public final class PowerAnomalyJob implements SuiteJob {

  public static void main(String[] args) throws Exception {
    JobLauncher.run(new PowerAnomalyJob(), args);
  }

  @Override
  public String name() {
    return "power-anomaly";
  }

  @Override
  public void attach(StreamExecutionEnvironment env, MeterflowConfig config) {
    PowerAnomalySettings settings = PowerAnomalySettings.from(config.jobConfiguration());
    TopicSettings topics = config.topics();
    SuiteKafka kafka = new SuiteKafka(config, name());

    DataStream<MeterReading> readings =
        kafka.readAvro(
            env,
            topics.normalized(),
            MeterReading.class,
            StartFrom.COMMITTED,
            PowerAnomalyTopology.readingWatermarkStrategy(settings));
    DataStream<IntervalConsumption> intervals =
        kafka.readAvro(
            env,
            topics.intervals(),
            IntervalConsumption.class,
            StartFrom.COMMITTED,
            PowerAnomalyTopology.watermarkStrategy(settings));
    DataStream<DeviceInfo> devices = kafka.readCompacted(env, topics.devices(), DeviceInfo.class);

    DataStream<MeterAlarm> alarms =
        PowerAnomalyTopology.build(readings, intervals, devices, settings);
    AlarmOutputs.write(alarms, kafka, config);
  }
}

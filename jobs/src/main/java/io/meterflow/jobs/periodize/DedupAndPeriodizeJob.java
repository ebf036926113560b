package io.meterflow.jobs.periodize;

import io.meterflow.contracts.ConsumptionAggregate;
import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.IntervalConsumption;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.RejectedRecord;
import io.meterflow.jobs.cassandra.AggregateRows;
import io.meterflow.jobs.cassandra.CassandraTableSinks;
import io.meterflow.jobs.cassandra.IntervalRows;
import io.meterflow.jobs.cassandra.ReadingRows;
import io.meterflow.jobs.config.CassandraSettings;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.config.TopicSettings;
import io.meterflow.jobs.kafka.OutputKeys;
import io.meterflow.jobs.kafka.SuiteKafka;
import io.meterflow.jobs.kafka.SuiteKafka.StartFrom;
import io.meterflow.jobs.launch.JobLauncher;
import io.meterflow.jobs.launch.SuiteJob;
import io.meterflow.periodize.PeriodizeOutputs;
import io.meterflow.periodize.PeriodizeSettings;
import io.meterflow.periodize.PeriodizeTopology;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The dedup-and-periodize job (SPEC.md 4.2) on Kafka and Cassandra: normalized readings and devices
 * in; readings, intervals and aggregates to Cassandra, and intervals, aggregates, late readings and
 * rejects to Kafka, exactly once.
 */
public final class DedupAndPeriodizeJob implements SuiteJob {

  public static void main(String[] args) throws Exception {
    JobLauncher.run(new DedupAndPeriodizeJob(), args);
  }

  @Override
  public String name() {
    return "dedup-and-periodize";
  }

  @Override
  public void attach(StreamExecutionEnvironment env, MeterflowConfig config) {
    PeriodizeSettings settings = PeriodizeSettings.from(config.jobConfiguration());
    TopicSettings topics = config.topics();
    SuiteKafka kafka = new SuiteKafka(config, name());

    DataStream<MeterReading> normalized =
        kafka.readAvro(
            env,
            topics.normalized(),
            MeterReading.class,
            StartFrom.COMMITTED,
            PeriodizeTopology.watermarkStrategy(settings));
    DataStream<DeviceInfo> devices = kafka.readCompacted(env, topics.devices(), DeviceInfo.class);

    PeriodizeOutputs outputs = PeriodizeTopology.build(normalized, devices, settings);

    kafka.writeAvro(
        outputs.intervals(), topics.intervals(), IntervalConsumption.class, OutputKeys.INTERVAL);
    kafka.writeAvro(
        outputs.aggregates(),
        topics.aggregates(),
        ConsumptionAggregate.class,
        OutputKeys.AGGREGATE);
    kafka.writeAvro(outputs.late(), topics.late(), MeterReading.class, OutputKeys.READING);
    kafka.writeAvro(outputs.rejected(), topics.rejected(), RejectedRecord.class, OutputKeys.REJECT);

    CassandraSettings cassandra = config.cassandra();
    CassandraTableSinks.writeTo(outputs.accepted(), ReadingRows.ON_TIME, cassandra);
    CassandraTableSinks.writeTo(outputs.late(), ReadingRows.LATE, cassandra);
    CassandraTableSinks.writeTo(outputs.intervals(), IntervalRows.BY_SERIES_DAY, cassandra);
    CassandraTableSinks.writeTo(outputs.intervals(), IntervalRows.DAILY_BY_TENANT, cassandra);
    CassandraTableSinks.writeTo(outputs.aggregates(), AggregateRows.AREA_HOUR, cassandra);
  }
}

package io.meterflow.jobs.normalizer;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterReading;
import io.meterflow.contracts.RegisterMappingUpdate;
import io.meterflow.contracts.RejectedRecord;
import io.meterflow.contracts.SourceFormat;
import io.meterflow.jobs.config.MeterflowConfig;
import io.meterflow.jobs.config.TopicSettings;
import io.meterflow.jobs.files.PayloadFileFormat;
import io.meterflow.jobs.files.PayloadFormat;
import io.meterflow.jobs.kafka.OutputKeys;
import io.meterflow.jobs.kafka.SuiteKafka;
import io.meterflow.jobs.launch.JobLauncher;
import io.meterflow.jobs.launch.SuiteJob;
import io.meterflow.normalizer.NormalizedStreams;
import io.meterflow.normalizer.NormalizerSettings;
import io.meterflow.normalizer.NormalizerTopology;
import io.meterflow.normalizer.raw.RawPayload;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The ingest-normalizer job (SPEC.md 4.1) on Kafka: head-end Avro and Web API JSON records (and CSV
 * drops in a watched directory, where {@code job.normalizer.csv.dir} names one) in; canonical
 * readings and rejects out, exactly once. Devices and register mappings come from their compacted
 * topics.
 */
public final class IngestNormalizerJob implements SuiteJob {

  public static void main(String[] args) throws Exception {
    JobLauncher.run(new IngestNormalizerJob(), args);
  }

  @Override
  public String name() {
    return "ingest-normalizer";
  }

  @Override
  public void attach(StreamExecutionEnvironment env, MeterflowConfig config) {
    NormalizerSettings settings = NormalizerSettings.from(config.jobConfiguration());
    TopicSettings topics = config.topics();
    SuiteKafka kafka = new SuiteKafka(config, name());

    DataStream<RawPayload> payloads =
        kafka
            .readRawPayloads(env, topics.headEnd(), SourceFormat.HEAD_END_AVRO)
            .union(kafka.readRawPayloads(env, topics.json(), SourceFormat.WEB_API_JSON));
    Configuration jobConfiguration = config.jobConfiguration();
    String csvDirectory = jobConfiguration.get(CsvDropOptions.DIRECTORY);
    if (csvDirectory != null) {
      payloads = payloads.union(csvDrops(env, csvDirectory, jobConfiguration, settings));
    }
    // Device and mapping updates apply from their arrival on: the normalizer keeps no event time.
    DataStream<DeviceInfo> devices = kafka.readCompacted(env, topics.devices(), DeviceInfo.class);
    DataStream<RegisterMappingUpdate> mappings =
        kafka.readCompacted(env, topics.registerMappings(), RegisterMappingUpdate.class);

    NormalizedStreams out =
        NormalizerTopology.build(
            payloads,
            devices,
            mappings,
            new RegistryHeadEndDecoder(config.registry().clientSettings()),
            settings);

    kafka.writeAvro(out.normalized(), topics.normalized(), MeterReading.class, OutputKeys.READING);
    kafka.writeAvro(out.rejected(), topics.rejected(), RejectedRecord.class, OutputKeys.REJECT);
  }

  /** Every file that appears in the directory, read once, row by row with the profile. */
  private static DataStream<RawPayload> csvDrops(
      StreamExecutionEnvironment env,
      String directory,
      Configuration jobConfiguration,
      NormalizerSettings settings) {
    String profile = jobConfiguration.get(CsvDropOptions.PROFILE);
    if (profile == null) {
      throw new IllegalArgumentException(
          "job."
              + CsvDropOptions.DIRECTORY.key()
              + " is set: set job."
              + CsvDropOptions.PROFILE.key()
              + " to the CSV profile of its files");
    }
    PayloadFormat format = PayloadFormat.of(profile, settings.csvProfiles());
    if (format.sourceFormat() != SourceFormat.CSV_FILE) {
      throw new IllegalArgumentException(
          "job." + CsvDropOptions.PROFILE.key() + " must name a CSV profile, not " + profile);
    }
    FileSource<RawPayload> source =
        FileSource.forBulkFileFormat(new PayloadFileFormat(format), new Path(directory))
            .monitorContinuously(jobConfiguration.get(CsvDropOptions.DISCOVERY_INTERVAL))
            .build();
    return env.fromSource(source, WatermarkStrategy.noWatermarks(), "CSV drops " + directory)
        .uid("csv-drops-source");
  }
}

package io.meterflow.jobs.backfill;

import io.meterflow.contracts.DeviceInfo;
import io.meterflow.contracts.MeterAlarm;
import io.meterflow.contracts.RegisterMappingUpdate;
import io.meterflow.contracts.meter.DeviceUpdateWatermarks;
import io.meterflow.jobs.files.PayloadFileFormat;
import io.meterflow.jobs.files.PayloadFormat;
import io.meterflow.leak.LeakDetectionTopology;
import io.meterflow.leak.config.LeakDetectionSettings;
import io.meterflow.normalizer.NormalizedStreams;
import io.meterflow.normalizer.NormalizerSettings;
import io.meterflow.normalizer.NormalizerTopology;
import io.meterflow.normalizer.csv.CsvRowParser;
import io.meterflow.normalizer.raw.FieldRules;
import io.meterflow.normalizer.raw.RawPayload;
import io.meterflow.periodize.PeriodizeOutputs;
import io.meterflow.periodize.PeriodizeSettings;
import io.meterflow.periodize.PeriodizeTopology;
import io.meterflow.periodize.WatermarkPlacement;
import io.meterflow.power.PowerAnomalyTopology;
import io.meterflow.power.config.PowerAnomalySettings;
import java.util.List;
import org.apache.avro.generic.IndexedRecord;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FilterFunction;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * The suite's topologies chained in one local job in Flink's BATCH mode, over files: input files
 * --> ingest-normalizer --> dedup-and-periodize --> leak-detection and power-anomaly, each output
 * written as JSON lines to its folder ({@link BackfillOutput}). The same topology classes as the
 * streaming jobs, so a backfill computes what the streaming jobs would have.
 *
 * <p>BATCH mode sorts each keyed input by key and timestamp, so event time needs no watermarks:
 * payloads are timestamped with their ingest time (the normalizer's rule for BATCH), readings with
 * their reading time and intervals with their end (the modules' watermark strategies). DeviceInfo
 * is the master data in force for the whole history: every module sees it first, at the earliest
 * timestamp (dedup-and-periodize's {@link DeviceUpdateWatermarks}, used for the other modules too,
 * rather than their updatedTime strategies, under which today's master data would arrive after
 * years of readings). Register mappings: none; the built-in table applies.
 */
final class BackfillJob {

  /** Rows read from the input files. */
  static final String INPUT_ROWS = "input.rows";

  /** CSV header lines among them, which the normalizer skips. */
  static final String HEADER_LINES = "input.header-lines";

  /** Accepted readings (new and corrections) of dedup-and-periodize, counted, not written. */
  static final String ACCEPTED = "periodize.accepted";

  /** Rejects of the normalizer alone, for the accounting line. */
  static final String NORMALIZER_REJECTED = "normalizer.rejected";

  /** Rejects of dedup-and-periodize, written with the normalizer's to readings.rejected. */
  static final String PERIODIZE_REJECTED = "periodize.rejected";

  private final java.nio.file.Path input;
  private final PayloadFormat format;
  private final java.nio.file.Path outputDir;
  private final List<DeviceInfo> devices;
  private final Configuration jobConfiguration;

  BackfillJob(
      java.nio.file.Path input,
      PayloadFormat format,
      java.nio.file.Path outputDir,
      List<DeviceInfo> devices,
      Configuration jobConfiguration) {
    this.input = input;
    this.format = format;
    this.outputDir = outputDir;
    this.devices = List.copyOf(devices);
    this.jobConfiguration = jobConfiguration;
  }

  JobExecutionResult run() throws Exception {
    NormalizerSettings normalizerSettings = NormalizerSettings.from(jobConfiguration);
    PeriodizeSettings periodizeSettings = PeriodizeSettings.from(jobConfiguration);
    LeakDetectionSettings leakSettings = LeakDetectionSettings.from(jobConfiguration);
    PowerAnomalySettings powerSettings = PowerAnomalySettings.from(jobConfiguration);

    Configuration flink = new Configuration();
    flink.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.BATCH);
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(
            jobConfiguration
                .getOptional(BackfillOptions.PARALLELISM)
                .orElse(Runtime.getRuntime().availableProcessors()),
            flink);

    DataStream<RawPayload> files =
        env.fromSource(
                FileSource.forBulkFileFormat(new PayloadFileFormat(format), new Path(input.toUri()))
                    .build(),
                WatermarkStrategy.<RawPayload>noWatermarks()
                    .withTimestampAssigner(
                        (payload, previous) -> payload.ingestTime().toEpochMilli()),
                "Input files")
            .uid("backfill-input-files");
    CsvRowParser csv =
        new CsvRowParser(
            normalizerSettings.csvProfiles(), new FieldRules(normalizerSettings.maxFieldLength()));
    DataStream<RawPayload> payloads = count(count(files, INPUT_ROWS), HEADER_LINES, csv::isHeader);
    DataStream<DeviceInfo> deviceInfos =
        (devices.isEmpty()
                ? none(payloads, DeviceInfo.class, "devices")
                : env.fromData(devices, TypeInformation.of(DeviceInfo.class))
                    .uid("backfill-devices")
                    .name("Devices file"))
            .assignTimestampsAndWatermarks(DeviceUpdateWatermarks.strategy())
            .uid("backfill-device-times")
            .name("Devices first");
    DataStream<RegisterMappingUpdate> noMappings =
        none(payloads, RegisterMappingUpdate.class, "register-mappings");

    NormalizedStreams normalized =
        NormalizerTopology.build(
            payloads, deviceInfos, noMappings, new PlainAvroHeadEndDecoder(), normalizerSettings);
    PeriodizeOutputs periodized =
        PeriodizeTopology.build(
            normalized.normalized(),
            deviceInfos,
            periodizeSettings,
            WatermarkPlacement.IN_TOPOLOGY);
    DataStream<MeterAlarm> leakAlarms =
        LeakDetectionTopology.build(
            periodized
                .intervals()
                .assignTimestampsAndWatermarks(
                    LeakDetectionTopology.watermarkStrategy(leakSettings))
                .uid("backfill-leak-interval-times")
                .name("Leak detection: interval end times"),
            normalized
                .normalized()
                .assignTimestampsAndWatermarks(
                    LeakDetectionTopology.readingWatermarkStrategy(leakSettings))
                .uid("backfill-leak-reading-times")
                .name("Leak detection: reading times"),
            deviceInfos,
            leakSettings);
    DataStream<MeterAlarm> powerAlarms =
        PowerAnomalyTopology.build(
            normalized
                .normalized()
                .assignTimestampsAndWatermarks(
                    PowerAnomalyTopology.readingWatermarkStrategy(powerSettings))
                .uid("backfill-power-reading-times")
                .name("Power anomaly: reading times"),
            periodized
                .intervals()
                .assignTimestampsAndWatermarks(
                    PowerAnomalyTopology.watermarkStrategy(powerSettings))
                .uid("backfill-power-interval-times")
                .name("Power anomaly: interval end times"),
            deviceInfos,
            powerSettings);

    write(BackfillOutput.NORMALIZED, normalized.normalized());
    write(
        BackfillOutput.REJECTED,
        count(normalized.rejected(), NORMALIZER_REJECTED)
            .union(count(periodized.rejected(), PERIODIZE_REJECTED)));
    write(BackfillOutput.LATE, periodized.late());
    write(BackfillOutput.INTERVALS, periodized.intervals());
    write(BackfillOutput.AGGREGATES, periodized.aggregates());
    write(BackfillOutput.ALARMS, leakAlarms.union(powerAlarms));
    count(periodized.accepted(), ACCEPTED)
        .sinkTo(new DiscardingSink<>())
        .uid("backfill-discard-accepted")
        .name("Accepted readings (counted only)");

    return env.execute("meterflow backfill of " + input.getFileName());
  }

  private static <T> DataStream<T> none(
      DataStream<RawPayload> payloads, Class<T> type, String what) {
    return payloads
        .flatMap(new NoRecords<RawPayload, T>(), TypeInformation.of(type))
        .uid("backfill-no-" + what)
        .name("No " + what);
  }

  private static <T> DataStream<T> count(DataStream<T> records, String counter) {
    return count(records, counter, record -> true);
  }

  private static <T> DataStream<T> count(
      DataStream<T> records, String counter, FilterFunction<T> counted) {
    return records
        .map(new CountRecords<T>(counter, counted))
        .returns(records.getType())
        .uid("backfill-count-" + counter)
        .name("Count " + counter);
  }

  private <T extends IndexedRecord> void write(BackfillOutput output, DataStream<T> records) {
    String folder = output.folder();
    count(records, folder)
        .map(new EncodeJsonLines<T>())
        .uid("backfill-encode-" + folder)
        .name("JSON lines: " + folder)
        .sinkTo(
            FileSink.forRowFormat(
                    new Path(outputDir.resolve(folder).toUri()),
                    new SimpleStringEncoder<String>("UTF-8"))
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withOutputFileConfig(
                    OutputFileConfig.builder()
                        .withPartPrefix("part")
                        .withPartSuffix(JsonLineFiles.SUFFIX)
                        .build())
                .build())
        .uid("backfill-write-" + folder)
        .name("Files: " + folder);
  }
}

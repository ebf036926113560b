package io.meterflow.jobs.launch;

import io.meterflow.jobs.leak.LeakDetectionJob;
import io.meterflow.jobs.normalizer.IngestNormalizerJob;
import io.meterflow.jobs.periodize.DedupAndPeriodizeJob;
import io.meterflow.jobs.power.PowerAnomalyJob;
import java.util.List;
import java.util.Optional;

/** The four jobs of the suite, in the order data flows through them. */
public final class SuiteJobs {

  private SuiteJobs() {}

  public static List<SuiteJob> all() {
    return List.of(
        new IngestNormalizerJob(),
        new DedupAndPeriodizeJob(),
        new LeakDetectionJob(),
        new PowerAnomalyJob());
  }

  public static Optional<SuiteJob> named(String name) {
    return all().stream().filter(job -> job.name().equals(name)).findFirst();
  }

  public static List<String> names() {
    return all().stream().map(SuiteJob::name).toList();
  }
}

package io.meterflow.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meterflow.jobs.cli.UsageException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

  @Test
  void shouldRunEveryTopologyOverEveryFleetAtBothParallelismsWithBothBackends() {
    List<TopologySetup> setups =
        BenchCommand.setups(true, List.of(10_000L, 1_000_000L), Duration.ofMinutes(3));

    assertThat(setups).hasSize(4 * 2 * 2 * 2);
    assertThat(setups.stream().map(TopologySetup::label).distinct()).hasSize(32);
    assertThat(setups.get(0).label()).isEqualTo("periodize p1 hashmap 10000");
    assertThat(setups.get(31).label()).isEqualTo("power p2 rocksdb 1000000");
    assertThat(setups).allMatch(setup -> setup.length().maxRun().equals(Duration.ofMinutes(3)));
  }

  @Test
  void shouldTakeFleetSizesAsWholePositiveNumbers() {
    assertThat(BenchCommand.fleets("10000,1000000")).containsExactly(10_000L, 1_000_000L);
    assertThatThrownBy(() -> BenchCommand.fleets("10k"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--fleets takes whole numbers of series, not 10k");
    assertThatThrownBy(() -> BenchCommand.fleets("0"))
        .isInstanceOf(UsageException.class)
        .hasMessage("--fleets takes positive numbers of series, not 0");
  }

  @Test
  void shouldRefuseAMaxRunThatIsNotADuration() {
    assertThatThrownBy(() -> new BenchCommand(System.out).run(List.of("--max-run", "soon")))
        .isInstanceOf(UsageException.class)
        .hasMessage("--max-run takes a duration such as 90s or 5min, not soon");
  }
}

package vn.newsroom.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void userAndSystemTicksOfAStatLineWhoseNameHoldsSpacesAndParentheses() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 31 0 0 20 0 40 0 1000 0 0";

        assertEquals((250 + 31) * 10_000_000L, ProcessCpu.parse(stat));
    }

    @Test
    void thisProcessHasUsedSomeCpuAndMoreAfterWorking() throws IOException {
        String pid = Long.toString(ProcessHandle.current().pid());
        long before = ProcessCpu.nanos(pid);
        long spin = System.nanoTime() + 300_000_000L;
        double sink = 0;
        while (System.nanoTime() < spin) {
            sink += Math.sqrt(sink + 1);
        }
        long after = ProcessCpu.nanos(pid);

        assertTrue(before > 0);
        assertTrue(after > before, "spun " + sink + " for 0.3 s of CPU");
    }
}

package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.plotly.components.Axis;

class LogTicksTest {

    private static String ticks(double low, double high) {
        return Axis.builder().type(Axis.Type.LOG).tickSettings(Plots.logTicks(low, high)).build().asJavascript();
    }

    @Test
    void oneTwoFiveWithinTheRange() {
        String js = ticks(0.03, 0.7);
        assertTrue(js.contains("0.05") && js.contains("0.1") && js.contains("0.2") && js.contains("0.5"), js);
        assertTrue(!js.contains("\"0.02\"") && !js.contains("\"1\""), js);
        assertTrue(js.contains("tickmode: 'array'"), js);
    }

    @Test
    void everyDigitWhenTheRangeIsNarrow() {
        String js = ticks(0.25, 0.45);
        assertTrue(js.contains("0.3") && js.contains("0.4"), js);
    }

    @Test
    void powersOfTenOverManyDecades() {
        String js = ticks(1e-6, 1);
        assertTrue(js.contains("0.0001") && !js.contains("0.0002"), js);
    }
}

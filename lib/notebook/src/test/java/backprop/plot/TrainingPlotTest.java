package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.Activation;
import backprop.Dataset;
import backprop.History;
import backprop.Init;
import backprop.Moons;
import backprop.Network;
import backprop.Split;
import backprop.Trainer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TrainingPlotTest {

    private static History fit(boolean withTest) {
        Split s = Split.of(Moons.make(200, 0.2, 1), 0.25, 2);
        Network net = Network.create(Activation.TANH, Init.XAVIER, 3, 2, 4, 2);
        Trainer trainer = Trainer.builder().learningRate(0.5).epochs(40).batchSize(Trainer.FULL_BATCH)
                .l2(0.0).seed(1).recordEvery(10).build();
        Dataset test = withTest ? s.test() : null;
        return trainer.fit(net, s.train(), test);
    }

    @Test
    void lossPlotsTrainAndTestAgainstTheEpochs() {
        History h = fit(true);
        FigureText text = new FigureText(TrainingPlot.loss(h));
        assertEquals(2, text.traces.size());
        assertEquals("train", text.field(0, "name"));
        assertEquals("test", text.field(1, "name"));
        double[] epochs = Arrays.stream(h.epochs()).asDoubleStream().toArray();
        assertArrayEquals(epochs, text.numbers(0, "x"));
        assertArrayEquals(h.trainLoss(), text.numbers(0, "y"));
        assertArrayEquals(h.testLoss(), text.numbers(1, "y"));
        assertTrue(text.js.contains("title: 'Cross-entropy loss L during training'"));
        assertTrue(text.js.contains("title: 'epoch'") && text.js.contains("title: 'loss L'"));
    }

    @Test
    void accuracyWithoutTestSetHasOnlyTheTrainingCurve() {
        History h = fit(false);
        FigureText text = new FigureText(TrainingPlot.accuracy(h));
        assertEquals(1, text.traces.size());
        assertEquals("train", text.field(0, "name"));
        assertArrayEquals(h.trainAccuracy(), text.numbers(0, "y"));
        assertTrue(text.js.contains("title: 'Accuracy during training'"));
    }

    @Test
    void titlesOfYourOwn() {
        History h = fit(true);
        assertTrue(new FigureText(TrainingPlot.loss(h, "2-4-2 tanh, η = 0.5")).js.contains("title: '2-4-2 tanh, η = 0.5'"));
        assertTrue(new FigureText(TrainingPlot.accuracy(h, "Accuracy, η = 0.5")).js.contains("title: 'Accuracy, η = 0.5'"));
    }

    @Test
    void rejectsNull() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingPlot.loss(null));
        assertEquals("h must not be null, was null", e.getMessage());
    }
}

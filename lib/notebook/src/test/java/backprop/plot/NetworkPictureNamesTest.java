package backprop.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import backprop.Activation;
import backprop.Init;
import backprop.Network;
import org.junit.jupiter.api.Test;

/** The diagrams name each hidden layer's activation as the notebooks do (issue 22: never "sigmoid"). */
class NetworkPictureNamesTest {

    @Test
    void theLogisticFunctionIsNeverCalledSigmoid() {
        Network net = Network.create(Activation.SIGMOID, Init.XAVIER, 1L, 2, 3, 2);
        String svg = NetworkDiagram.forward("names", net, net.forward(new double[][] {{1.0, -2.0}}), 0);
        assertTrue(svg.contains("hidden layer: logistic"), "the header names the logistic function");
        assertFalse(svg.toLowerCase(java.util.Locale.ROOT).contains("sigmoid"), "no 'sigmoid' anywhere in the picture");
    }

    @Test
    void eachActivationHasItsName() {
        assertEquals("logistic", NetworkPicture.activationName(Activation.SIGMOID.toString()));
        assertEquals("tanh", NetworkPicture.activationName(Activation.TANH.toString()));
        assertEquals("ReLU", NetworkPicture.activationName(Activation.RELU.toString()));
    }
}

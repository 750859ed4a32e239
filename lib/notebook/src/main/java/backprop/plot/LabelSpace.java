package backprop.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * The room of a drawing, for placing the labels of lines so that they overlap no other text: rectangles (possibly
 * turned) that are taken, either solid (neurons, texts, labels already placed) or soft (the lines themselves). A
 * label written along its line goes to the candidate position that overlaps the fewest solid boxes, then the fewest
 * other lines; ties go to the earlier candidate, so the choice is deterministic.
 */
final class LabelSpace {

    /** One solid overlap outweighs any number of crossed lines. */
    private static final int SOLID = 1000;

    /** A rectangle centred at (cx, cy) with its length along the unit vector (ux, uy); owner −1 = no line. */
    private record Box(double cx, double cy, double ux, double uy, double halfLength, double halfHeight, int owner) {

        /** Separating-axis test: two rectangles overlap unless their projections on one of the four axes do not. */
        boolean overlaps(Box o) {
            double dx = o.cx - cx;
            double dy = o.cy - cy;
            double[][] axes = {{ux, uy}, {-uy, ux}, {o.ux, o.uy}, {-o.uy, o.ux}};
            for (double[] a : axes) {
                double distance = Math.abs(dx * a[0] + dy * a[1]);
                if (distance > radius(a) + o.radius(a)) {
                    return false;
                }
            }
            return true;
        }

        /** Half the extent of the rectangle projected on the unit axis a. */
        private double radius(double[] a) {
            return halfLength * Math.abs(ux * a[0] + uy * a[1]) + halfHeight * Math.abs(-uy * a[0] + ux * a[1]);
        }
    }

    /** A circle that labels must not touch. */
    private record Circle(double cx, double cy, double r) {

        /** Whether the box comes closer than r to the centre: the centre's distance to the nearest point of it. */
        boolean overlaps(Box b) {
            double dx = cx - b.cx;
            double dy = cy - b.cy;
            double along = dx * b.ux + dy * b.uy;
            double across = -dx * b.uy + dy * b.ux;
            double outAlong = Math.max(0, Math.abs(along) - b.halfLength);
            double outAcross = Math.max(0, Math.abs(across) - b.halfHeight);
            return Math.hypot(outAlong, outAcross) < r;
        }
    }

    private final List<Circle> circles = new ArrayList<>();
    private final List<Box> solid = new ArrayList<>();
    private final List<Box> lines = new ArrayList<>();

    /** Marks the upright rectangle with top-left corner (x, y) and size w × h as taken. */
    void take(double x, double y, double w, double h) {
        solid.add(new Box(x + w / 2, y + h / 2, 1, 0, w / 2, h / 2, -1));
    }

    /** Marks a circle as taken. */
    void takeCircle(double cx, double cy, double r) {
        circles.add(new Circle(cx, cy, r));
    }

    /** Records line number {@code owner} from (x1, y1) to (x2, y2): labels of other lines avoid crossing it. */
    void takeLine(int owner, double x1, double y1, double x2, double y2, double width) {
        lines.add(along(owner, x1, y1, x2, y2, 0.5, Math.hypot(x2 - x1, y2 - y1) / 2, width / 2));
    }

    /**
     * Places a label written along line {@code owner} (from (x1, y1) to (x2, y2)), of the given half-length and
     * half-height, at the best of the fractions t of the line, marks it taken, and returns its centre {x, y}.
     */
    double[] place(int owner, double x1, double y1, double x2, double y2, double halfLength, double halfHeight,
            double[] fractions) {
        Box best = null;
        int bestScore = Integer.MAX_VALUE;
        for (double t : fractions) {
            Box box = along(owner, x1, y1, x2, y2, t, halfLength, halfHeight);
            int score = 0;
            for (Circle c : circles) {
                score += c.overlaps(box) ? SOLID : 0;
            }
            for (Box s : solid) {
                score += box.overlaps(s) ? SOLID : 0;
            }
            for (Box l : lines) {
                score += l.owner != owner && box.overlaps(l) ? 1 : 0;
            }
            if (score < bestScore) {
                bestScore = score;
                best = box;
            }
        }
        solid.add(best);
        return new double[] {best.cx, best.cy};
    }

    private static Box along(int owner, double x1, double y1, double x2, double y2, double t, double halfLength,
            double halfHeight) {
        double length = Math.hypot(x2 - x1, y2 - y1);
        return new Box(x1 + t * (x2 - x1), y1 + t * (y2 - y1), (x2 - x1) / length, (y2 - y1) / length, halfLength,
                halfHeight, owner);
    }
}

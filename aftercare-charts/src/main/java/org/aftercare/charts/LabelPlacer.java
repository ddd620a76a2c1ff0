package org.aftercare.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Places point labels so they do not overlap each other or the markers: each label tries above-right,
 * below-right, above-left, then below-left of its point and takes the first free place inside the bounds (the
 * first place when none is free). Deterministic: labels are placed in the order asked.
 */
final class LabelPlacer {
    /** A placed label: the anchor's x, the baseline's y and the alignment. */
    record Placement(double x, double y, Svg.Anchor anchor) {
    }

    private static final double GAP = 8;
    private final List<double[]> taken = new ArrayList<>();
    private final double left;
    private final double top;
    private final double right;
    private final double bottom;

    LabelPlacer(double left, double top, double right, double bottom) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
    }

    /** Marks a marker's square as taken. */
    void block(double x, double y, double half) {
        taken.add(new double[] {x - half, y - half, x + half, y + half});
    }

    /** Marks a box as taken. */
    void blockBox(double x0, double y0, double x1, double y1) {
        taken.add(new double[] {Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)});
    }

    Placement place(double x, double y, String label, double size) {
        double w = Drawing.textWidth(label, size);
        Placement[] candidates = {
            new Placement(x + GAP, y - GAP, Svg.Anchor.START),
            new Placement(x + GAP, y + GAP + size, Svg.Anchor.START),
            new Placement(x - GAP, y - GAP, Svg.Anchor.END),
            new Placement(x - GAP, y + GAP + size, Svg.Anchor.END),
            new Placement(x, y - GAP - 4, Svg.Anchor.MIDDLE),
            new Placement(x, y + GAP + size + 4, Svg.Anchor.MIDDLE),
        };
        Placement chosen = null;
        for (Placement p : candidates) {
            double[] box = box(p, w, size);
            if (box[0] >= left && box[2] <= right && box[1] >= top && box[3] <= bottom && free(box)) {
                chosen = p;
                break;
            }
        }
        if (chosen == null) {
            chosen = x + GAP + w > right ? candidates[2] : candidates[0];
        }
        taken.add(box(chosen, w, size));
        return chosen;
    }

    private static double[] box(Placement p, double w, double size) {
        double x0 = p.anchor() == Svg.Anchor.START ? p.x() : p.anchor() == Svg.Anchor.END ? p.x() - w : p.x() - w / 2;
        return new double[] {x0, p.y() - size, x0 + w, p.y() + 3};
    }

    private boolean free(double[] b) {
        for (double[] t : taken) {
            if (b[0] < t[2] && t[0] < b[2] && b[1] < t[3] && t[1] < b[3]) {
                return false;
            }
        }
        return true;
    }
}

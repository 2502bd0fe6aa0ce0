package org.gongkai.derive;

import java.math.BigDecimal;

/** This year's figure beside last year's, with the change in amount and in percent. */
public record YearOverYear(KeyFigure figure, BigDecimal current, BigDecimal previous, BigDecimal change,
        BigDecimal rate) {

    public String label() {
        return figure.label();
    }

    /** 增加 or 减少 (持平 when unchanged). */
    public String direction() {
        return change.signum() > 0 ? "增加" : change.signum() < 0 ? "减少" : "持平";
    }

    /** 增长 or 下降. */
    public String rateDirection() {
        return change.signum() > 0 ? "增长" : change.signum() < 0 ? "下降" : "持平";
    }

    /** The size of the change, without its sign (the direction word carries it). */
    public BigDecimal magnitude() {
        return change.abs();
    }

    public BigDecimal rateMagnitude() {
        return rate == null ? null : rate.abs();
    }
}

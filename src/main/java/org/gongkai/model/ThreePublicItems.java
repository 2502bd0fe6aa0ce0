package org.gongkai.model;

import java.math.BigDecimal;

/** 因公出国（境）费, 公务用车购置费, 公务用车运行维护费, 公务接待费. */
public record ThreePublicItems(
        BigDecimal abroad,
        BigDecimal vehiclePurchase,
        BigDecimal vehicleOperation,
        BigDecimal reception,
        Origin origin) {
}

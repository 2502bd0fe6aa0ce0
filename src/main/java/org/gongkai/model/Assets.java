package org.gongkai.model;

import java.math.BigDecimal;

/** 国有资产占有使用情况: vehicles and large equipment, as counts. */
public record Assets(
        BigDecimal vehicles,
        BigDecimal leaderVehicles,
        BigDecimal confidentialVehicles,
        BigDecimal emergencyVehicles,
        BigDecimal lawEnforcementVehicles,
        BigDecimal specialVehicles,
        BigDecimal otherVehicles,
        BigDecimal specialEquipment,
        BigDecimal largeEquipment,
        Origin origin) {
}

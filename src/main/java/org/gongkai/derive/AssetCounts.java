package org.gongkai.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Assets;

/**
 * 国有资产占有使用情况 as the page names it: the 车辆 total, then each kind of vehicle and of large equipment
 * the report gives (a kind it does not give is not counted as 0).
 */
public record AssetCounts(BigDecimal vehicles, List<AssetCount> vehicleKinds, List<AssetCount> equipment) {

    /** One kind of vehicle or equipment and its count. */
    public record AssetCount(String name, BigDecimal count) {
    }

    /** @return null without an 国有资产 block */
    static AssetCounts of(Assets assets) {
        if (assets == null) {
            return null;
        }
        List<AssetCount> kinds = new ArrayList<>();
        add(kinds, "主要领导干部用车", assets.leaderVehicles());
        add(kinds, "机要通信用车", assets.confidentialVehicles());
        add(kinds, "应急保障用车", assets.emergencyVehicles());
        add(kinds, "执法执勤用车", assets.lawEnforcementVehicles());
        add(kinds, "特种专业技术用车", assets.specialVehicles());
        add(kinds, "其他用车", assets.otherVehicles());
        List<AssetCount> equipment = new ArrayList<>();
        add(equipment, "单价100万元以上专用设备", assets.specialEquipment());
        add(equipment, "单价50万元以上通用设备", assets.largeEquipment());
        return new AssetCounts(assets.vehicles(), List.copyOf(kinds), List.copyOf(equipment));
    }

    /** Whether the block gives any count at all. */
    public boolean any() {
        return vehicles != null || !vehicleKinds.isEmpty() || !equipment.isEmpty();
    }

    private static void add(List<AssetCount> counts, String name, BigDecimal count) {
        if (count != null) {
            counts.add(new AssetCount(name, count));
        }
    }
}

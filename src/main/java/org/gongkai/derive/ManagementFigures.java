package org.gongkai.derive;

import java.math.BigDecimal;
import org.gongkai.model.Management;

/** 资金管理情况 with its weights and scores summed. */
public record ManagementFigures(Management management, BigDecimal weight, BigDecimal score) {
}

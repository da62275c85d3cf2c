package com.articlefacts.web.http;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * DOWN when the heap is nearly full even right after a collection: the process then spends its time collecting
 * and fails allocations, and a load balancer should send readers elsewhere. Memory in use before a collection says
 * nothing, so the indicator reads each pool's usage after its last collection (the old generation decides).
 */
@Component("heap")
class HeapHealthIndicator implements HealthIndicator {

    /** The share of the largest heap pool still in use after a collection beyond which the heap is exhausted. */
    static final double EXHAUSTED = 0.9;

    private final double exhausted;

    HeapHealthIndicator() {
        this(EXHAUSTED);
    }

    HeapHealthIndicator(double exhausted) {
        this.exhausted = exhausted;
    }

    @Override
    public Health health() {
        MemoryUsage worst = null;
        String pool = "";
        for (MemoryPoolMXBean bean : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterCollection = bean.getCollectionUsage();
            if (bean.getType() != MemoryType.HEAP || afterCollection == null || afterCollection.getMax() <= 0) {
                continue;
            }
            if (worst == null || afterCollection.getMax() > worst.getMax()) {
                worst = afterCollection;
                pool = bean.getName();
            }
        }
        if (worst == null) {
            return Health.unknown().build();
        }
        double share = (double) worst.getUsed() / worst.getMax();
        Health.Builder health = share > exhausted ? Health.down() : Health.up();
        return health.withDetail("pool", pool).withDetail("usedAfterLastCollection", worst.getUsed())
                .withDetail("max", worst.getMax()).build();
    }
}

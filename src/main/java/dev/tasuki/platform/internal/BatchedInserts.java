package dev.tasuki.platform.internal;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Has PostgreSQL's driver send a JDBC batch of inserts as multi-row INSERTs (reWriteBatchedInserts), which the bulk
 * writers of imports, the demo organisation and the scale generator are made of: a statement for many rows rather than
 * one for each. Set on the pool before its first connection, for PostgreSQL only; an explicit setting in the URL wins.
 */
@Component
class BatchedInserts implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool
                && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
                && !pool.getJdbcUrl().contains("reWriteBatchedInserts")) {
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}

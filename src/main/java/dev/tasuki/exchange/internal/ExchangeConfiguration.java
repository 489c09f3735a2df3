package dev.tasuki.exchange.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Webhook delivery runs on a schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ExchangeConfiguration {}

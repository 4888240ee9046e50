package org.uptake.shared.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new ActorLocaleResolver();
    }

    /**
     * Switches off the link rewriting Boot adds with the webjars resource chain. It passed every
     * {@code @{...}} link of every page through the static-resource resolvers, which look each
     * path up on the classpath (and cache only the hits): a 50-row list did hundreds of lookups in
     * the nested jar per request. Uptake links no versioned resources; the version-less webjar
     * paths are still resolved where they are served.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}

package dev.tasuki.platform.internal;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A form bound to a record has no object when a value cannot be converted (letters in an amount, "abc" as a date): the
 * record is never constructed, and the page that shows the form again with its errors would fail on the missing object
 * halfway through rendering (a truncated 200). This puts the values as typed in its place, so the page shows them with
 * the field errors, as it does for any other invalid input.
 */
@Component
class UnboundForms implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null) {
            return;
        }
        Map<String, Object> model = view.getModel();
        model.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX))
                .map(entry -> (BindingResult) entry.getValue())
                .filter(result -> result.getTarget() == null && result.hasErrors())
                .map(BindingResult::getObjectName)
                .filter(name -> model.get(name) == null)
                .toList()
                .forEach(name -> model.put(name, typed(request, handler)));
    }

    /**
     * The request's values by name, a dotted name ("bant.budget") as a nested map; the fields of the handler's form
     * records that the request lacks are there as null, as the page may ask for any of them.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> typed(HttpServletRequest request, Object handler) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (handler instanceof HandlerMethod method) {
            for (MethodParameter parameter : method.getMethodParameters()) {
                if (parameter.getParameterType().isRecord()) {
                    values.putAll(fields(parameter.getParameterType()));
                }
            }
        }
        request.getParameterMap().forEach((name, given) -> {
            String[] path = name.split("\\.");
            Map<String, Object> level = values;
            for (int i = 0; i < path.length - 1; i++) {
                Object next = level.computeIfAbsent(path[i], key -> new LinkedHashMap<String, Object>());
                if (!(next instanceof Map)) {
                    return;
                }
                level = (Map<String, Object>) next;
            }
            level.put(path[path.length - 1], given.length == 0 ? null : given[0]);
        });
        return values;
    }

    private static Map<String, Object> fields(Class<?> record) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            fields.put(component.getName(), component.getType().isRecord() ? fields(component.getType()) : null);
        }
        return fields;
    }
}

package dev.tasuki.platform.internal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import dev.tasuki.platform.Messages;
import dev.tasuki.platform.TasukiException;

/**
 * A domain failure that a page did not handle itself (a record that does not exist, say) is shown on the error page
 * with its message in the user's language and the right status, not as a 500.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private final Messages messages;

    PageExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(TasukiException.class)
    ModelAndView domainFailure(TasukiException failure) {
        HttpStatus status = ApiExceptionHandler.statusOf(failure);
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("message", messages.of(failure));
        return page;
    }
}

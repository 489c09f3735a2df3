package dev.tasuki.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import dev.tasuki.platform.Messages;
import dev.tasuki.platform.TasukiException;

/**
 * A domain failure that a page did not handle itself (a record that does not exist, say) is shown on the error page
 * with its message in the user's language and the right status, not as a 500.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PageExceptionHandler.class);

    private final Messages messages;

    PageExceptionHandler(Messages messages) {
        this.messages = messages;
    }

    /** As the API does: a write the database refused changed nothing and is the user's to correct. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView refusedByTheDatabase(DataIntegrityViolationException refused) {
        LOG.warn(
                "The database refused a write: {}",
                refused.getMostSpecificCause().getMessage());
        ModelAndView page = new ModelAndView("error", HttpStatus.UNPROCESSABLE_CONTENT);
        page.addObject("status", HttpStatus.UNPROCESSABLE_CONTENT.value());
        page.addObject("message", messages.of("problem.integrity"));
        return page;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        ModelAndView page = new ModelAndView("error", HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("status", HttpStatus.CONTENT_TOO_LARGE.value());
        page.addObject("message", messages.of("problem.detail.413"));
        return page;
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

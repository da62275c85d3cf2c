package com.articlefacts.web.article;

import com.articlefacts.web.http.ProblemException;
import com.articlefacts.web.http.ProblemType;

/** An If-Match header that names another version of the article than the stored one. */
public class PreconditionFailedException extends ProblemException {

    PreconditionFailedException(String message) {
        super(ProblemType.PRECONDITION_FAILED, message);
    }
}

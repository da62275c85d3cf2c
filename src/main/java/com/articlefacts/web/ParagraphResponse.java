package com.articlefacts.web;

/** A body paragraph: {@code text} equals the article text from {@code start} (inclusive) to {@code end}. */
record ParagraphResponse(int number, int start, int end, String text) {
}

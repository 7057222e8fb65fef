package org.citemeta.api;

/** RFC 9457 problem details, the body of every 4xx/5xx answer. */
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
}

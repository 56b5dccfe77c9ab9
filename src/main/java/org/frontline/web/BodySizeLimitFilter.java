package org.frontline.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies over the limit with 413 before they are parsed. A declared length over the limit is
 * refused at once; a chunked body is counted as it is read.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long limitBytes;
    private final ProblemResponses problems;

    BodySizeLimitFilter(long limitBytes, ProblemResponses problems) {
        this.limitBytes = limitBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limitBytes) {
            problems.write(response, PayloadTooLarge.problem(limitBytes));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limitBytes), response);
    }

    /** Thrown while reading a body that grew past the limit; mapped to 413 by the problem advice. */
    static final class BodyTooLargeException extends IOException {
        final long limitBytes;

        BodyTooLargeException(long limitBytes) {
            super("Request body exceeds " + limitBytes + " bytes");
            this.limitBytes = limitBytes;
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limitBytes;

        LimitedRequest(HttpServletRequest request, long limitBytes) {
            super(request);
            this.limitBytes = limitBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            var delegate = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    var b = delegate.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    var n = delegate.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > limitBytes) {
                        throw new BodyTooLargeException(limitBytes);
                    }
                }

                @Override
                public boolean isFinished() {
                    return delegate.isFinished();
                }

                @Override
                public boolean isReady() {
                    return delegate.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    delegate.setReadListener(listener);
                }
            };
        }
    }
}

#!/usr/bin/env python3
"""Slow clients for a while: half send a write's body a byte a second, half ask for a large response again and
again without reading. Loopback only; stops after the given seconds. Usage: slow-clients.py PORT COUNT SECONDS KEY"""
import socket, sys, threading, time

port, count, seconds, key = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
deadline = time.time() + seconds


def dripper():
    while time.time() < deadline:
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.sendall(("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                       f"X-API-Key: {key}\r\nContent-Length: 100000\r\n\r\n").encode())
            while time.time() < deadline:
                s.sendall(b"a")
                time.sleep(1)
        except OSError:
            time.sleep(0.2)  # the server gave up on us: connect again
        finally:
            try:
                s.close()
            except Exception:
                pass


def non_reader():
    while time.time() < deadline:
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            request = b"GET /api/articles/1/facts HTTP/1.1\r\nHost: localhost\r\n\r\n"
            while time.time() < deadline:
                s.sendall(request)  # never read: the server's writes fill the socket and must time out
                time.sleep(0.05)
        except OSError:
            time.sleep(0.2)
        finally:
            try:
                s.close()
            except Exception:
                pass


threads = [threading.Thread(target=dripper if i % 2 == 0 else non_reader, daemon=True) for i in range(count)]
for t in threads:
    t.start()
time.sleep(max(0, deadline - time.time()))

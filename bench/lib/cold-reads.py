#!/usr/bin/env python3
"""The first read of each of COUNT random articles after a restart, one at a time on one connection: prints the
p50 and p99 in milliseconds. Usage: cold-reads.py PORT ARTICLES COUNT"""
import http.client, random, sys, time

port, articles, count = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
ids = random.sample(range(1, articles + 1), min(count, articles))
connection = http.client.HTTPConnection("127.0.0.1", port)
times = []
for i, article in enumerate(ids):
    path = f"/api/articles/{article}" + ["", "/entities", "/facts"][i % 3]
    start = time.perf_counter()
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    times.append((time.perf_counter() - start) * 1000)
    if response.status != 200:
        sys.exit(f"{path} answered {response.status}")
times.sort()
print(f"{times[len(times) // 2]:.2f} {times[min(len(times) - 1, int(len(times) * 0.99))]:.2f}")

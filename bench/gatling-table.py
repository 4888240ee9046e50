#!/usr/bin/env python3
"""Prints Gatling's per-request statistics (count, KO, req/s, p50/p95/p99 in ms) from a report's index.html.

Gatling 3.15 no longer writes js/stats.json; its HTML statistics table is the one stable source.
Columns there: Total, OK, KO, % KO, Cnt/s, Min, 50th, 75th, 95th, 99th pct, Max, Mean, Std Dev.
"""
import html
import re
import sys

report = open(sys.argv[1], encoding="utf-8").read()
rows = re.findall(r'<tr id="req_[^"]*"[^>]*>(.*?)</tr>', report, re.S)
total = re.search(r'<table id="container_statistics_head".*?</table>', report, re.S).group(0)


def cells(row):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    values = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row))
    return (html.unescape(name.group(1)) if name else "ALL"), values


print(f'{"request":24} {"count":>7} {"ko":>4} {"req/s":>7} {"p50":>6} {"p95":>6} {"p99":>6}')
for row in sorted(rows, key=lambda r: cells(r)[0]) + [total]:
    name, v = cells(row)
    num = lambda c: v.get(c, "-").replace(",", "")
    print(f'{name:24} {num("2"):>7} {num("4"):>4} {num("6"):>7} {num("8"):>6} {num("10"):>6} {num("11"):>6}')

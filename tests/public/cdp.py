#!/usr/bin/env python3
"""Drives headless chromium over --remote-debugging-pipe (the DevTools protocol, stdlib only).

The web wall keeps an event stream open, so chromium's own --dump-dom and --screenshot fire at
load (before the first picture) and --virtual-time-budget waits for ever. This opens the page,
waits in real time, then writes the DOM and/or a screenshot at the given size.

usage: cdp.py URL SECONDS --dom OUT.html [--shot OUT.png --size 1920x1080] [--profile DIR]
"""
import argparse, base64, json, os, subprocess, sys, time

a = argparse.ArgumentParser()
a.add_argument("url"); a.add_argument("seconds", type=float)
a.add_argument("--dom"); a.add_argument("--shot"); a.add_argument("--size", default="1920x1080")
a.add_argument("--profile", default="/tmp/cdp-profile")
args = a.parse_args()
w, h = (int(x) for x in args.size.split("x"))

to_chrome_r, to_chrome_w = os.pipe()
from_chrome_r, from_chrome_w = os.pipe()
# chromium reads commands on fd 3 and writes answers on fd 4.
def child_fds():
    r, w = os.dup(to_chrome_r), os.dup(from_chrome_w)  # never dup2 onto itself (keeps CLOEXEC)
    os.dup2(r, 3); os.dup2(w, 4)
    os.set_inheritable(3, True); os.set_inheritable(4, True)
proc = subprocess.Popen(
    ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
     "--remote-debugging-pipe", "--user-data-dir=" + args.profile, "--window-size=%d,%d" % (w, h),
     "--autoplay-policy=no-user-gesture-required", "about:blank"],
    preexec_fn=child_fds, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
os.close(to_chrome_r); os.close(from_chrome_w)
buf = b""
next_id = 0

def call(method, params=None, session=None, timeout=20):
    global buf, next_id
    next_id += 1
    msg = {"id": next_id, "method": method, "params": params or {}}
    if session: msg["sessionId"] = session
    os.write(to_chrome_w, json.dumps(msg).encode() + b"\0")
    end = time.time() + timeout
    while time.time() < end:
        while b"\0" in buf:
            raw, buf = buf.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == next_id:
                if "error" in reply: sys.exit("cdp %s: %s" % (method, reply["error"]))
                return reply["result"]
        chunk = os.read(from_chrome_r, 1 << 20)
        if not chunk: sys.exit("chromium closed the pipe")
        buf += chunk
    sys.exit("cdp %s: no answer" % method)

try:
    target = call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    call("Emulation.setDeviceMetricsOverride", {"width": w, "height": h, "deviceScaleFactor": 1, "mobile": False}, session)
    call("Page.enable", {}, session)
    call("Page.navigate", {"url": args.url}, session)
    time.sleep(args.seconds)
    if args.dom:
        html = call("Runtime.evaluate", {"expression": "document.documentElement.outerHTML", "returnByValue": True},
                    session)["result"]["value"]
        open(args.dom, "w", encoding="utf-8").write(html)
    if args.shot:
        png = call("Page.captureScreenshot", {"format": "png"}, session)["data"]
        open(args.shot, "wb").write(base64.b64decode(png))
    try: call("Browser.close", timeout=3)
    except SystemExit: pass
finally:
    try: proc.wait(timeout=5)
    except subprocess.TimeoutExpired: proc.kill(); proc.wait()

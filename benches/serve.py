#!/usr/bin/env python3
"""Times `guong serve` from an editor's save to the rebuilt page being served, for one
edited story, at each size (sites made by gen_sites.py). Also prints serve's own log line
(the rebuild's time inside guong, without the 30 ms debounce and the polling).

  python3 benches/serve.py [N …]        (default: 1000 10000)"""
import queue, threading, os, re, subprocess, sys, time, urllib.request

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sizes = [int(a) for a in sys.argv[1:]] or [1000, 10000]
guong = f"{REPO}/target/release/guong"
subprocess.run(["cargo", "build", "--release", "-q"], cwd=REPO, check=True)

def get(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read().decode()

for n in sizes:
    site = f"/tmp/guong-bench/{n}/guong"
    if not os.path.isdir(site):
        subprocess.run([sys.executable, f"{REPO}/benches/gen_sites.py", str(n), f"/tmp/guong-bench/{n}"], check=True, stdout=subprocess.DEVNULL)
    p = subprocess.Popen([guong, "serve", "--port", "0", "--root", site], stdout=subprocess.PIPE, text=True, bufsize=1)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(l) for l in p.stdout], daemon=True).start()
    first = lines.get()  # the first build's line
    origin = None
    while origin is None:
        m = re.match(r"guong serve: (http://\S+)/", lines.get())
        origin = m and m.group(1)
    story = sorted(os.path.join(d, f) for d, _, fs in os.walk(f"{site}/content/stories") for f in fs)[n // 2]
    slug = os.path.basename(story)[:-3]
    url = f"{origin}/cong-thong-tin/bai-viet/{slug}/"
    get(url)
    times, inner, later = [], [], []
    for k in range(5):
        text = open(story, encoding="utf-8").read()
        new_title = f"Tiêu đề đã sửa lần {k}"
        text = re.sub(r'^title: ".*"$', f'title: "{new_title}"', text, count=1, flags=re.M)
        t0 = time.perf_counter()
        tmp = story + ".tmp~"
        open(tmp, "w", encoding="utf-8").write(text)
        os.replace(tmp, story)  # an atomic save, as editors' programs do
        deadline = time.perf_counter() + 30
        while new_title not in get(url):
            if time.perf_counter() > deadline:
                sys.exit(f"{n} stories: the edit was not served within 30 s")
            time.sleep(0.002)
        times.append((time.perf_counter() - t0) * 1000)
        line = ""
        while "thay đổi" not in line:
            line = lines.get(timeout=30)
        inner.append(int(re.search(r"trong (\d+) ms", line).group(1)))
        # The yearly reports follow the edited pages (a title is in them): wait for them,
        # so that the next save finds the preview idle, as an editor's next save would.
        try:
            line = lines.get(timeout=10)
            if "báo cáo năm" in line:
                later.append(int(re.search(r"trong (\d+) ms", line).group(1)))
        except queue.Empty:
            pass
    p.terminate(); p.wait()
    print(f"{n} stories: first build {first.strip()}")
    print(f"{n} stories: save → page served: median {sorted(times)[2]:.0f} ms (runs: {', '.join(f'{t:.0f}' for t in times)}); rebuild inside guong: median {sorted(inner)[2]} ms" + (f"; then the yearly reports: median {sorted(later)[len(later) // 2]} ms" if later else ""))

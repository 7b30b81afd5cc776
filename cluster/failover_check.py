#!/usr/bin/env python3
"""Failover check of a running GovFlow cluster (cluster/govflow-cluster.sh start), through its balancer.

A clerk signs in on the staff pages; cases flow through the REST staff operations (submit, accept, pass every
step, issue) and citizens file complaints (each mails a notice to the centre). Midway the node that holds the
clerk's session is killed with SIGKILL; work goes on on the other node; the killed node is started again and
work goes on on both. Then the check asks the database, the REST interface and the mailbox whether anything
acknowledged was lost, whether every deadline transition and every mail happened exactly once, whether an
acceptance number was given twice, and whether the clerk's session went on without a new sign-in.

Standard library only. Prints one line per check and a closing 'N passed, N failed'; exits 1 on any failure.
"""
import base64
import html
import http.cookiejar
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OFFSET = int(os.environ.get("GOVFLOW_CLUSTER_OFFSET", "800"))
BALANCER = "http://127.0.0.1:%d" % (8080 + OFFSET + 90)
PG_PORT = int(os.environ.get("GOVFLOW_CLUSTER_PG_PORT", 5432 + OFFSET + 50))
MAIL_API = "http://127.0.0.1:%d" % int(os.environ.get("GOVFLOW_CLUSTER_MAIL_API_PORT", 8025 + OFFSET + 50))
CLUSTER = os.path.join(ROOT, "cluster", "govflow-cluster.sh")
PASSWORD = "GovFlow2026"
ITEM = "SCJ-001"
CENTRE_MAILBOX = os.environ.get("GOVFLOW_CENTRE_MAILBOX", "centre@govflow.local")
CASES_PER_PHASE = int(os.environ.get("GOVFLOW_FAILOVER_CASES", "4"))

started = time.monotonic()
results = []


def log(message):
    print("[failover %5.1fs] %s" % (time.monotonic() - started, message), flush=True)


def check(name, ok, detail=""):
    results.append(ok)
    print("%s %s%s" % ("PASS" if ok else "FAIL", name, (": " + detail) if detail else ""), flush=True)


class Answer:
    def __init__(self, status, body, headers):
        self.status = status
        self.body = body
        self.headers = headers

    def json(self):
        return json.loads(self.body)


def request(url, data=None, method=None, account=None, opener=None, content_type="application/json"):
    headers = {"Accept-Language": "en"}
    if account:
        token = base64.b64encode(("%s:%s" % (account, PASSWORD)).encode()).decode()
        headers["Authorization"] = "Basic " + token
    if data is not None:
        headers["Content-Type"] = content_type
        if isinstance(data, (dict, list)):
            data = json.dumps(data).encode()
        elif isinstance(data, str):
            data = data.encode()
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with (opener or urllib.request.build_opener()).open(req, timeout=60) as response:
            return Answer(response.status, response.read().decode(), response.headers)
    except urllib.error.HTTPError as e:
        return Answer(e.code, e.read().decode(errors="replace"), e.headers)
    except (urllib.error.URLError, ConnectionError, TimeoutError) as e:
        return Answer(0, str(e), {})


def api(path, data=None, account="interop", method=None):
    """A REST call through the balancer. A balancer with no node to offer (502/503, a reset) is retried: the
    request never reached GovFlow. Anything else is GovFlow's answer and is returned as it is."""
    for attempt in range(60):
        answer = request(BALANCER + "/api/v1/" + path, data, method, account)
        if answer.status not in (0, 502, 503, 504):
            return answer
        time.sleep(1)
    return answer


def submit(name):
    answer = api("applications", {"itemCode": ITEM, "externalReference": "failover-" + name,
                                  "applicant": {"kind": "PERSON", "name": name, "idNumber": "11010519491231002X",
                                                "phone": "13800138000"}})
    return answer.json()["trackingReference"] if answer.status == 201 else None


def accept(reference):
    answer = api("applications/%s/acceptance" % reference, {"receivedMaterials": [1, 2, 3, 4, 5]}, "clerk")
    if answer.status == 200:
        return answer.json()["acceptanceNumber"]
    status = api("cases/" + reference)  # an acceptance whose answer was lost may still have happened
    return status.json().get("acceptanceNumber") if status.status == 200 else None


def open_tasks(number):
    answer = api("tasks", account="approver")
    if answer.status != 200:
        return []
    return [t for t in answer.json() if t.get("acceptanceNumber") == number]


def pass_steps(number):
    for _ in range(6):
        tasks = open_tasks(number)
        if not tasks:
            return True
        for task in tasks:
            account = "head" if task.get("kind") == "DECISION" else "approver"
            api("tasks/%s/pass" % task["stepId"], {"opinion": "同意"}, account)
    return not open_tasks(number)


def issue(number):
    answer = api("cases/%s/issuance" % number, {"documentNumber": "FAILOVER-" + number, "feeAmount": 0}, "clerk")
    return answer.status == 200 or case_state(number) == "CLOSED"


def case_state(number):
    answer = api("cases/" + number)
    return answer.json().get("state") if answer.status == 200 else None


def run_case(name, acknowledged, close=True):
    reference = submit(name)
    if not reference:
        return None
    acknowledged["submitted"].append(reference)
    number = accept(reference)
    if not number:
        return None
    acknowledged["accepted"].append(number)
    if close and pass_steps(number) and issue(number):
        acknowledged["closed"].append(number)
    return number


class FacesSession:
    """One browser: a cookie jar, and the form posts a Faces page expects (its view state included)."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path):
        for _ in range(60):
            answer = request(BALANCER + path, opener=self.opener)
            if answer.status not in (0, 502, 503, 504):
                return answer
            time.sleep(1)
        return answer

    def post_form(self, path, page, fields):
        view_state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"', page).group(1)
        data = dict(fields, **{"jakarta.faces.ViewState": view_state})
        encoded = urllib.parse.urlencode(data)
        return request(BALANCER + path, encoded, "POST", opener=self.opener,
                       content_type="application/x-www-form-urlencoded; charset=UTF-8")

    def session_id(self):
        return next((c.value for c in self.jar if c.name == "JSESSIONID"), None)


def title(page):
    found = re.search(r"<title>([^<]*)</title>", page)
    return html.unescape(found.group(1)) if found else ""


def sign_in_clerk():
    browser = FacesSession()
    login = browser.get("/login.xhtml")
    answer = browser.post_form("/login.xhtml", login.body, {
        "loginForm": "loginForm", "loginForm:username": "clerk", "loginForm:password": PASSWORD,
        "loginForm:signIn": ""})
    return browser, answer


def staff_page_shows(browser):
    """The clerk's acceptance queue, which only a signed-in window clerk may see."""
    answer = browser.get("/staff/window/queue.xhtml")
    signed_in = answer.status == 200 and 'name="loginForm' not in answer.body and 'id="queue' in answer.body
    return signed_in, answer


def ajax(browser, path, view_state, source, execute, render, fields, event=None):
    """A PrimeFaces ajax post back on a page already open, as the browser sends it."""
    data = dict(fields, **{"jakarta.faces.partial.ajax": "true", "jakarta.faces.source": source,
                           "jakarta.faces.partial.execute": execute, "jakarta.faces.partial.render": render,
                           "jakarta.faces.ViewState": view_state})
    if event:
        data.update({"jakarta.faces.behavior.event": event, "jakarta.faces.partial.event": event})
    else:
        data[source] = source
    req = urllib.request.Request(BALANCER + path, urllib.parse.urlencode(data).encode(), method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded; charset=UTF-8", "Faces-Request": "partial/ajax"})
    for _ in range(60):
        try:
            with browser.opener.open(req, timeout=60) as response:
                return Answer(response.status, response.read().decode(), response.headers)
        except urllib.error.HTTPError as e:
            if e.code not in (502, 503, 504):
                return Answer(e.code, e.read().decode(errors="replace"), e.headers)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(1)
    return Answer(0, "no answer", {})


def open_acceptance_form(browser):
    """The clerk opens the acceptance page and picks an item: the page's view now holds the item and its
    materials. Returns the view state to post back to, and whether the item shows."""
    page = browser.get("/staff/window/accept.xhtml")
    view_state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"', page.body).group(1)
    answer = ajax(browser, "/staff/window/accept.xhtml", view_state, "acceptForm:item", "acceptForm:item",
                  "acceptForm", {"acceptForm": "acceptForm", "acceptForm:item_input": ITEM,
                                 "acceptForm:item_itemSelect": ITEM}, event="itemSelect")
    return view_state, answer.status == 200 and "acceptForm:materials" in answer.body


def form_still_there(browser, view_state):
    """'Receive all' on the page opened before: it only renders material rows if the view, with the item
    picked, reached this node."""
    answer = ajax(browser, "/staff/window/accept.xhtml", view_state, "acceptForm:receiveAll", "acceptForm",
                  "acceptForm:materials", {"acceptForm": "acceptForm", "acceptForm:item_input": ITEM})
    ok = answer.status == 200 and "acceptForm:materials:0:received" in answer.body
    return ok, answer


def file_complaint(n):
    browser = FacesSession()
    form = browser.get("/complaint/file-complaint.xhtml")
    if form.status != 200:
        return None
    answer = browser.post_form("/complaint/file-complaint.xhtml", form.body, {
        "complaintForm": "complaintForm", "complaintForm:targetKind": "DEPARTMENT",
        "complaintForm:department_input": "SCJ", "complaintForm:category_input": "EFFICIENCY",
        "complaintForm:content": "集群切换检查第 %d 件：窗口办理等待时间过长。" % n,
        "complaintForm:anonymous_input": "on", "complaintForm:submit": ""})
    found = re.search(r'id="complaintForm:receiptNumber"[^>]*>([^<]+)<', answer.body)
    return found.group(1).strip() if found else None


def sql(query):
    env = dict(os.environ, PGPASSWORD="govflow")
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(PG_PORT), "-U", "govflow", "-d", "govflow",
                          "-At", "-F", "|", "-c", query], env=env, capture_output=True, text=True, check=True)
    return [line.split("|") for line in out.stdout.splitlines() if line]


def cluster(*args):
    subprocess.run([CLUSTER] + list(args), check=True)


def node_of(session_id):
    route = (session_id or "").rsplit(".", 1)
    return route[1] if len(route) == 2 else None


def work(label, acknowledged, complaints, cases):
    for i in range(cases):
        run_case("%s%d" % (label, i), acknowledged)
        number = file_complaint(len(complaints) + 1)
        if number:
            complaints.append(number)


def main():
    acknowledged = {"submitted": [], "accepted": [], "closed": []}
    complaints = []

    log("the clerk signs in through the balancer")
    clerk, login = sign_in_clerk()
    first_node = node_of(clerk.session_id())
    shown, _ = staff_page_shows(clerk)
    check("clerk signed in on the staff pages", login.status in (200, 302) and shown, "session on %s" % first_node)
    if not first_node:
        check("balancer names the session's node", False, "no route in the session cookie")
        return

    view_state, picked = open_acceptance_form(clerk)
    check("clerk has an acceptance form open with an item picked", picked)

    log("both nodes: %d cases and complaints" % CASES_PER_PHASE)
    work("两节点甲", acknowledged, complaints, CASES_PER_PHASE)

    log("cases left running for the deadline watch")
    watched = [n for n in (run_case("期限%d" % i, acknowledged, close=False) for i in range(3)) if n]
    # The steps' warning day has come and their due day passes a little later: the watch (once a minute, on
    # whichever node the database timer store lets fire) must warn each once and mark each overdue once,
    # whatever node dies in between
    numbers = ",".join("'%s'" % n for n in watched)
    sql("UPDATE case_step SET warn_at = now(), due_at = now() + interval '75 seconds' WHERE state = 'RUNNING'"
        " AND case_id IN (SELECT id FROM approval_case WHERE acceptance_no IN (%s))" % numbers)

    victim = int(first_node.replace("node", ""))
    log("SIGKILL node%d, which holds the clerk's session" % victim)
    killed_at = time.monotonic()
    cluster("kill", str(victim))

    run_case("一节点首", acknowledged)
    log("first case after the kill closed on the other node, %.1f s after the kill"
        % (time.monotonic() - killed_at))
    work("一节点", acknowledged, complaints, CASES_PER_PHASE - 1)
    shown, answer = staff_page_shows(clerk)
    check("clerk's session continued on the other node without signing in", shown,
          "session %s -> %s, HTTP %d" % (first_node, node_of(clerk.session_id()), answer.status))

    kept, answer = form_still_there(clerk, view_state)
    check("the form the clerk had open before the kill goes on on the other node", kept,
          "HTTP %d%s" % (answer.status, "" if kept else ", " + answer.body[:300]))

    log("node%d starts again" % victim)
    restart_started = time.monotonic()
    cluster("start-node", str(victim))
    log("node%d back after %.1f s" % (victim, time.monotonic() - restart_started))
    work("两节点乙", acknowledged, complaints, CASES_PER_PHASE)
    shown, _ = staff_page_shows(clerk)
    check("clerk's session still there with both nodes back", shown)

    log("waiting for the deadline watch and the mail outbox")
    deadline = time.monotonic() + 200
    while time.monotonic() < deadline:
        overdue = sql("SELECT count(*) FROM case_step s JOIN approval_case c ON c.id = s.case_id"
                      " WHERE c.acceptance_no IN (%s) AND s.deadline_state = 'OVERDUE'" % numbers)[0][0]
        unsent = sql("SELECT count(*) FROM mail_outbox WHERE status <> 'SENT'")[0][0]
        if int(overdue) >= len(watched) and int(unsent) == 0:
            break
        time.sleep(5)

    verify(acknowledged, complaints, watched, numbers)


def verify(acknowledged, complaints, watched, numbers):
    log("checking")
    stored = {row[0]: row[1] for row in sql("SELECT COALESCE(acceptance_no, tracking_ref), state FROM approval_case")}
    references = {row[0] for row in sql("SELECT tracking_ref FROM approval_case WHERE tracking_ref IS NOT NULL")}
    lost = [r for r in acknowledged["submitted"] if r not in references]
    check("every acknowledged submission stored", not lost and acknowledged["submitted"],
          "%d submitted, lost %s" % (len(acknowledged["submitted"]), lost))
    lost = [n for n in acknowledged["accepted"] if n not in stored]
    check("every acknowledged acceptance stored", not lost, "%d accepted, lost %s" % (len(acknowledged["accepted"]),
                                                                                       lost))
    open_again = [n for n in acknowledged["closed"] if stored.get(n) != "CLOSED"]
    check("every acknowledged issuance closed its case", not open_again and acknowledged["closed"],
          "%d closed, not closed %s" % (len(acknowledged["closed"]), open_again))

    twice = sql("SELECT acceptance_no, count(*) FROM approval_case WHERE acceptance_no IS NOT NULL"
                " GROUP BY acceptance_no HAVING count(*) > 1")
    check("no acceptance number given twice", not twice and len(set(acknowledged["accepted"])) == len(
        acknowledged["accepted"]), str(twice))

    published = dict(sql("SELECT c.acceptance_no, count(*) FROM announcement a JOIN approval_case c"
                         " ON c.id = a.case_id GROUP BY c.acceptance_no"))
    wrong = [n for n in acknowledged["closed"] if published.get(n) != "1"]
    check("every closed case's decision published exactly once", not wrong, str(wrong))

    transitions = sql("SELECT s.id, (SELECT count(*) FROM audit_entry a WHERE a.subject_type = 'case_step'"
                      " AND a.subject_id = CAST(s.id AS VARCHAR) AND a.action = 'STEP_WARNED'),"
                      " (SELECT count(*) FROM audit_entry a WHERE a.subject_type = 'case_step'"
                      " AND a.subject_id = CAST(s.id AS VARCHAR) AND a.action = 'STEP_OVERDUE'), s.deadline_state"
                      " FROM case_step s JOIN approval_case c ON c.id = s.case_id"
                      " WHERE c.acceptance_no IN (%s) AND s.state = 'RUNNING'" % numbers)
    wrong = [t for t in transitions if t[1:] != ["1", "1", "OVERDUE"]]
    check("every deadline transition exactly once (warned once, overdue once)", transitions and not wrong,
          "%d steps watched, wrong: %s" % (len(transitions), wrong))

    timers = sql("SELECT timed_object_id, count(*) FROM jboss_ejb_timer GROUP BY timed_object_id")
    check("one persistent timer of each kind for the whole cluster", timers and all(t[1] == "1" for t in timers),
          str(timers))

    outbox = dict(sql("SELECT reference_id, count(*) FROM mail_outbox WHERE reference_type = 'complaint'"
                      " GROUP BY reference_id"))
    unsent = sql("SELECT id, status, claimed_by FROM mail_outbox WHERE status <> 'SENT'")
    check("every complaint's mail queued once and sent", complaints and all(outbox.get(c) == "1"
                                                                            for c in complaints) and not unsent,
          "%d complaints, unsent %s" % (len(complaints), unsent))
    delivered = request(MAIL_API + "/api/user/%s/messages/INBOX" % CENTRE_MAILBOX)
    subjects = [m.get("subject", "") for m in json.loads(delivered.body)] if delivered.status == 200 else []
    counts = {c: sum(1 for s in subjects if c in s) for c in complaints}
    wrong = {c: n for c, n in counts.items() if n != 1}
    check("every complaint's notice arrived in the mailbox exactly once", complaints and not wrong,
          "%d mails, wrong: %s" % (len(subjects), wrong))


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # a crash of the check itself is a failure, with its reason
        check("the check ran to its end", False, "%s: %s" % (type(e).__name__, e))
    log("done")
    passed = sum(1 for r in results if r)
    print("%d passed, %d failed" % (passed, len(results) - passed))
    sys.exit(0 if results and all(results) else 1)

"""A stand-in for the group robots' webhooks: records each POST and answers as the platform.

Usage: webhook-server.py FOLDER. Writes FOLDER/port once listening on 127.0.0.1; each request
to /wecom, /dingtalk, /feishu (or /refuse, answered with an error) is saved as
FOLDER/NNNN-PATH.json with its Content-Type in FOLDER/NNNN-PATH.type.
"""
import http.server
import os
import sys

folder = sys.argv[1]
answers = {
    "/wecom": b'{"errcode":0,"errmsg":"ok"}',
    "/dingtalk": b'{"errcode":0,"errmsg":"ok"}',
    "/feishu": b'{"StatusCode":0,"StatusMessage":"success","code":0,"data":{},"msg":"success"}',
    "/refuse": b'{"errcode":93000,"errmsg":"invalid webhook url, hint: [1700000000_0]"}',
}
count = 0


class Webhook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        global count
        count += 1
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        name = os.path.join(folder, "%04d-%s" % (count, self.path.strip("/")))
        with open(name + ".json", "wb") as out:
            out.write(body)
        with open(name + ".type", "w") as out:
            out.write(self.headers.get("Content-Type", ""))
        answer = answers.get(self.path, b'{"errcode":404,"errmsg":"no such robot"}')
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *arguments):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Webhook)
with open(os.path.join(folder, "port.tmp"), "w") as out:
    out.write(str(server.server_port))
os.rename(os.path.join(folder, "port.tmp"), os.path.join(folder, "port"))
server.serve_forever()

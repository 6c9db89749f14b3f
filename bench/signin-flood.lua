-- wrk script for bench/signin-flood.sh: every request is a sign-in with a wrong password for a
-- random account, posted with one session's cookie and CSRF token (given as arguments).
-- With "many" as the third argument, each request also claims a random client address in
-- X-Forwarded-For, as a flood from many machines behind a trusted proxy would look.
local cookie, csrf, many

function init(args)
  cookie = args[1]
  csrf = args[2]
  many = args[3] == "many"
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
  }
  if many then
    headers["X-Forwarded-For"] = string.format("10.%d.%d.%d",
      math.random(0, 255), math.random(0, 255), math.random(1, 254))
  end
  local body = string.format("username=victim%d%%40example.com&password=wrong-%d&_csrf=%s",
    math.random(1, 100000), math.random(1, 1000000000), csrf)
  return wrk.format("POST", "/login", headers, body)
end

-- wrk script: GET /entities/match with affiliation strings written by the team (not from any gold set), in turn.
local affiliations = {
  "Department of Physics, Tsinghua University, Beijing 100084, China",
  "Chinese Academy of Sciences",
  "CAS, Beijing, China",
  "European Organization for Nuclear Research, Geneva, Switzerland",
  "School of Medicine, Stanford University, Stanford, CA, USA",
  "Institute of Physics, University of Amsterdam, Science Park 904, Amsterdam, The Netherlands",
  "Max Planck Institute for Chemistry, Mainz, Germany",
  "Laboratoire de Physique, CNRS, Université Paris-Saclay, Orsay, France",
  "Department of Chemistry, University of Cambridge, Lensfield Road, Cambridge CB2 1EW, UK",
  "University of Nottingham Ningbo China, Ningbo 315100, China",
  "Brazilian Synchrotron Light Laboratory, Campinas, Brazil",
  "Nowhere Institute of Nothing in Particular",
}
local paths = {}
for i, a in ipairs(affiliations) do
  paths[i] = "/entities/match?affiliation=" .. a:gsub("[^%w%-%.%_%~]", function(c)
    return string.format("%%%02X", string.byte(c))
  end)
end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
